using Entente.Text;

namespace Entente.Ingest;

/// <summary>
/// What <see cref="ScrapedPageLayout"/> found in a body: the passages to code and the page furniture around them.
/// Everything is read off the body; nothing in it is changed.
/// </summary>
public sealed record PageLayout(
    IReadOnlyList<Passage> Passages,
    string? Title,
    string? Section,
    IReadOnlyList<string> Tags,
    string? Dek,
    IReadOnlyList<string> Credits)
{
    /// <summary>
    /// The article with these passages, and with the metadata found here wherever the reader had none of its own
    /// (a feed's categories or a page's meta tags win over what the text suggests).
    /// </summary>
    public Article ApplyTo(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article with
        {
            Passages = Passages,
            Title = string.IsNullOrWhiteSpace(article.Title) ? Title : article.Title,
            Section = string.IsNullOrWhiteSpace(article.Section) ? Section : article.Section,
            Tags = article.Tags.Count > 0 ? article.Tags : Tags,
            Dek = string.IsNullOrWhiteSpace(article.Dek) ? Dek : article.Dek,
            Credits = [.. article.Credits.Concat(Credits).Distinct(StringComparer.Ordinal)],
        };
    }
}
