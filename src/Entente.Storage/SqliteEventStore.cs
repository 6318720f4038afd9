namespace Entente.Storage;

/// <summary>
/// The embedded default: one SQLite file, created and migrated on open. Several processes may use one file at once;
/// writers take turns (each article's transaction holds the write lock from its start) and readers never wait.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private SqliteEventStore(SqliteDialect dialect)
        : base(dialect)
    {
    }

    public static Task<SqliteEventStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, new SqliteStoreOptions(), cancellationToken);

    public static async Task<SqliteEventStore> OpenAsync(string path, SqliteStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        var store = new SqliteEventStore(new SqliteDialect(path, options));
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
