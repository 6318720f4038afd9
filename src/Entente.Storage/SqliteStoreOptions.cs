namespace Entente.Storage;

public sealed record SqliteStoreOptions
{
    /// <summary>How long to wait for another process's write to finish before failing as locked.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Open for queries only: nothing is written, and a database that needs migrating is an error.</summary>
    public bool ReadOnly { get; init; }
}
