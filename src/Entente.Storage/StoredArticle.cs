namespace Entente.Storage;

/// <summary>An article as stored: as read, so it can be coded again, and which coder version coded it when.</summary>
public sealed record StoredArticle(Article Article, string CoderVersion, DateTimeOffset CodedAt, string ContentHash);
