namespace Entente.Storage.Queue;

/// <summary>What enqueueing one article did.</summary>
public enum EnqueueOutcome
{
    /// <summary>A new row: the article, or this content of it, was not queued before.</summary>
    Added,

    /// <summary>The same article with the same content is already queued, running or done: nothing changed.</summary>
    AlreadyQueued,

    /// <summary>It had failed; it is pending again with its attempts reset, for an operator who fixed the cause.</summary>
    Requeued,
}
