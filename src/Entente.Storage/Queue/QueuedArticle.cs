namespace Entente.Storage.Queue;

/// <summary>
/// An article as the queue keeps it until a worker codes it: the fields the store keeps, passages in the store's
/// compact form, and the metadata the store keeps as JSON, so a worker codes exactly what was read.
/// </summary>
internal sealed record QueuedArticle(
    string Id,
    string? Url,
    string? Source,
    string? Title,
    DateOnly? Published,
    string Body,
    string Passages,
    StoredMetadata Metadata)
{
    public static QueuedArticle From(Article article) => new(
        article.Id,
        article.Url,
        article.Source,
        article.Title,
        article.Published,
        article.Body,
        PassageText.Format(article.Passages),
        new StoredMetadata(article.Section, article.Tags, article.Dek, article.Credits));

    public Article ToArticle() => new()
    {
        Id = Id,
        Url = Url,
        Source = Source,
        Title = Title,
        Published = Published,
        Body = Body,
        Passages = PassageText.Parse(Passages),
        Section = Metadata.Section,
        Tags = Metadata.Tags ?? [],
        Dek = Metadata.Dek,
        Credits = Metadata.Credits ?? [],
    };
}
