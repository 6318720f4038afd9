namespace Entente.Storage.Queue;

/// <summary>
/// The queue at a glance: rows per status, articles done in the last minute and per minute over the last hour, how
/// long the oldest pending article has waited (null when none waits), and the latest failures, newest first.
/// </summary>
public sealed record QueueStatus(
    long Pending,
    long Running,
    long Done,
    long Failed,
    long DoneLastMinute,
    double DonePerMinuteLastHour,
    TimeSpan? OldestPendingAge,
    IReadOnlyList<QueueFailure> RecentFailures);
