namespace Entente.Ingest;

/// <summary>What a worker has done so far: articles stored and marked done, given up as failed, or given back for another attempt, and the events it created or joined.</summary>
public sealed record WorkerProgress(long Done, long Failed, long Retried, long EventsCreated, long EventsJoined)
{
    public static WorkerProgress None { get; } = new(0, 0, 0, 0, 0);
}
