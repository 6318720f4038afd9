namespace Entente.Storage.Queue;

/// <summary>An article a worker holds under its lease: the queue row, the article as read, and which attempt this is (1 for the first).</summary>
public sealed record ClaimedArticle(long QueueId, Article Article, int Attempt);
