namespace Entente.Web.Api;

/// <summary>A stored article as the API shows it: as read, and which coder version coded it when.</summary>
public sealed record ArticleView(
    string Id,
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    string? Section,
    IReadOnlyList<string> Tags,
    string Body,
    string CoderVersion,
    DateTimeOffset CodedAt);
