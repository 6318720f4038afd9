namespace Entente.Storage.Queue;

/// <summary>A queue row that failed for good: an input that could not be read, or an article given up after its attempts.</summary>
public sealed record QueueFailure(long Id, string Input, string? ArticleId, int Attempts, string Error, DateTimeOffset At);
