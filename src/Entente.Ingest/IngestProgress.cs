namespace Entente.Ingest;

/// <summary>Where an ingest stands: items read so far, what became of them, and the events stored.</summary>
public sealed record IngestProgress(int Read, int Inserted, int Updated, int Unchanged, int Failed, int EventsCreated, int EventsJoined)
{
    public static IngestProgress None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public int Stored => Inserted + Updated;
}
