namespace Entente.Storage;

/// <summary>Opens the store a user names: a file path for SQLite, or a PostgreSQL URL or connection string.</summary>
public static class EventStores
{
    public const string DefaultPath = "entente.db";

    /// <summary>
    /// <paramref name="target"/> starting with <c>postgres://</c> or <c>postgresql://</c>, or containing
    /// <c>Host=</c>, is PostgreSQL; anything else is a SQLite file path; null or blank is <see cref="DefaultPath"/>.
    /// </summary>
    public static async Task<IEventStore> OpenAsync(string? target, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return await SqliteEventStore.OpenAsync(DefaultPath, cancellationToken);
        }

        return PostgresTarget.Matches(target)
            ? await PostgresEventStore.OpenAsync(PostgresTarget.ConnectionString(target), cancellationToken)
            : await SqliteEventStore.OpenAsync(target, cancellationToken);
    }
}
