namespace Entente.Ingest;

/// <summary>
/// How a <see cref="QueueWorker"/> works the queue: rows per claim, how long a claim holds before other workers may
/// take it over, attempts before an article is given up, whether to stop once the queue is drained, and how often an
/// idle worker looks for work.
/// </summary>
public sealed record WorkerSettings
{
    public int BatchSize { get; init; } = 32;

    /// <summary>How long a dead worker's batch waits before others take it over; a live worker renews its lease every third of it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxAttempts { get; init; } = 3;

    /// <summary>Stop when no article is pending or running, rather than wait for more (tests and benchmarks).</summary>
    public bool StopWhenDrained { get; init; }

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts to reach a lost database.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);
}
