using Npgsql;

namespace Entente.Storage;

/// <summary>
/// A PostgreSQL database, migrated on open. Many processes may save at once: advisory locks serialise the writers of
/// one article and of one event type, so concurrent reports of one act still become one event.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private PostgresEventStore(PostgresDialect dialect)
        : base(dialect)
    {
    }

    /// <summary>Opens the database an Npgsql connection string names ("Host=...;Database=...;Username=...").</summary>
    public static async Task<PostgresEventStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new StoreException($"PostgreSQL: the connection string is not valid ({exception.Message})", exception);
        }

        var name = $"PostgreSQL database '{settings.Database ?? settings.Username}' on {settings.Host}:{settings.Port}";
        var store = new PostgresEventStore(new PostgresDialect(NpgsqlDataSource.Create(settings), name));
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
