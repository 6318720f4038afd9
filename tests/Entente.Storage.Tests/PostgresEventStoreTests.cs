namespace Entente.Storage.Tests;

/// <summary>The contract on PostgreSQL: a fresh schema per test in a database of this class's own.</summary>
[RequiresPostgres]
public sealed class PostgresEventStoreTests(PostgresDatabase database) : EventStoreContract, IClassFixture<PostgresDatabase>
{
    private string? connectionString;

    protected override async Task CreateDatabaseAsync() => connectionString = await database.NewSchemaAsync();

    protected override async Task<IEventStore> OpenStoreAsync() => await PostgresEventStore.OpenAsync(connectionString!);

    protected override async Task DeleteDatabaseAsync() => await PostgresDatabase.DropSchemaAsync(connectionString!);

    protected override async Task ExecuteAsync(string sql) => await PostgresDatabase.ExecuteAsync(connectionString!, sql);
}
