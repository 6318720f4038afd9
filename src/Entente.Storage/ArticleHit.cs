namespace Entente.Storage;

/// <summary>An article that matches a search, with a snippet of its text where the matched words are in [brackets].</summary>
public sealed record ArticleHit(string Id, string? Title, string? Source, string? Url, DateOnly? Published, string Snippet);
