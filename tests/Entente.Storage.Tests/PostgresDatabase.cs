using Npgsql;

namespace Entente.Storage.Tests;

/// <summary>
/// A fresh database per test class, dropped afterwards, with a fresh schema per test inside it, so runs and tests
/// never see each other's rows. Does nothing when no server is configured (the tests skip).
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private string? server;
    private string? database;

    public async Task InitializeAsync()
    {
        server = PostgresServer.ConnectionString;
        if (server is null)
        {
            return;
        }

        database = "entente_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
    }

    /// <summary>A connection string to a new, empty schema of this class's database.</summary>
    public async Task<string> NewSchemaAsync()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresServer.RequireConnectionString()) { Database = database };
        var schema = "test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(settings.ConnectionString, $"CREATE SCHEMA {schema}");
        settings.SearchPath = schema;
        return settings.ConnectionString;
    }

    public static async Task DropSchemaAsync(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var schema = settings.SearchPath;
        settings.SearchPath = null;
        await ExecuteAsync(settings.ConnectionString, $"DROP SCHEMA {schema} CASCADE");
    }

    public async Task DisposeAsync()
    {
        if (server is null || database is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(server, $"DROP DATABASE {database} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                // FORCE cannot end an autovacuum worker that started on the database after the tests' writes unless
                // the test role has pg_signal_backend (.ci/postgres.sh grants it; other servers may not): it finishes
                // within moments.
                await Task.Delay(250);
            }
        }
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
