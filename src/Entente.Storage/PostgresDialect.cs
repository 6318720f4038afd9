using System.Buffers.Binary;
using System.Data.Common;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Entente.Storage;

/// <summary>
/// A PostgreSQL database: pooled connections, transaction-scoped advisory locks to serialise merging, and a
/// tsvector column with a GIN index for search.
/// </summary>
internal sealed class PostgresDialect(NpgsqlDataSource dataSource, string databaseName) : SqlDialect
{
    public override string DatabaseName { get; } = databaseName;

    public override string MigrationFolder => "Postgres";

    public override string TableCount =>
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @table";

    public override string CreateMigrationTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";

    public override string MatchingArticles => "SELECT seq FROM articles WHERE search @@ to_tsquery('simple', @search)";

    public override string ArticleSearch => """
        SELECT a.id, a.title, a.source, a.url, a.published,
               ts_headline('simple', a.body, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "')
        FROM articles a, to_tsquery('simple', @search) q
        WHERE a.search @@ q
        ORDER BY ts_rank(a.search, q) DESC, a.seq
        LIMIT @limit
        """;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    public override async Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys.Select(LockNumber).Distinct().Order())
        {
            await using var command = connection.Sql(transaction, "SELECT pg_advisory_xact_lock(@key)").With("@key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // Words are letters and digits only, so they cannot be read as tsquery operators.
    public override string SearchArgument(IReadOnlyList<string> words) => string.Join(" & ", words.Select(w => w + ":*"));

    public override void MarkJson(DbParameter parameter) => ((NpgsqlParameter)parameter).NpgsqlDbType = NpgsqlDbType.Jsonb;

    public override string Reason(DbException exception) => exception switch
    {
        PostgresException server => server.SqlState switch
        {
            PostgresErrorCodes.InvalidCatalogName => "the database does not exist",
            PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => "the server refused the user name or password",
            PostgresErrorCodes.InsufficientPrivilege => $"permission denied ({server.MessageText})",
            PostgresErrorCodes.ReadOnlySqlTransaction => "the server accepts no writes (read-only)",
            PostgresErrorCodes.TooManyConnections => "the server has no connection to spare",
            PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown => "the server is starting up or shutting down",
            _ => $"{FirstLine(server.MessageText)} ({server.SqlState})",
        },
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } network =>
            $"cannot reach the server ({FirstLine(network.InnerException!.Message)})",
        _ => FirstLine(exception.Message),
    };

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private static long LockNumber(string key) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes("entente:" + key)));
}
