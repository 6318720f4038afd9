using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entente.Storage;

/// <summary>
/// An embedded SQLite file: WAL so readers never block the writer, a busy timeout so concurrent writers wait
/// their turn, foreign keys on, and FTS5 for search. synchronous=NORMAL keeps every commit of a killed process (its
/// WAL frames are written before the commit returns, only not flushed to the disk); an operating system crash or
/// power cut can lose the last commits but never corrupts the file.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>Each connection's page cache in KiB (a negative cache_size): it holds only the pages read, up to this.</summary>
    private const int CacheKibibytes = 16 * 1024;

    private static readonly object Configured = new();

    private readonly string connectionString;
    private readonly SqliteStoreOptions options;

    /// <summary>
    /// The database handles whose settings are made. The pool hands the same handle out again and it keeps its
    /// settings, so running the three pragmas on every open only parsed and ran them once more per request.
    /// </summary>
    private readonly ConditionalWeakTable<sqlite3, object> configured = [];

    public SqliteDialect(string path, SqliteStoreOptions options)
    {
        this.options = options;
        DatabaseName = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    public override string DatabaseName { get; }

    public override string MigrationFolder => "Sqlite";

    public override bool IsReadOnly => options.ReadOnly;

    public override string TableCount => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table";

    public override string CreateMigrationTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public override string MatchingArticles => "SELECT rowid FROM articles_fts WHERE articles_fts MATCH @search";

    public override string ArticleSearch => """
        SELECT a.id, a.title, a.source, a.url, a.published, snippet(articles_fts, -1, '[', ']', '…', 24)
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH @search
        ORDER BY articles_fts.rank
        LIMIT @limit
        """;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (configured.TryGetValue(connection.Handle!, out _))
            {
                return connection;
            }

            var busyMilliseconds = (long)options.BusyTimeout.TotalMilliseconds;
            // A 16 MiB page cache per connection instead of the default 2 MiB, which under many concurrent requests
            // re-read pages with read calls (counting the events for the stats walked the table that way). A memory
            // map of the file avoided those calls but not the work: SQLite does not cache mapped pages, so every
            // visit to a page parsed its header again and B-tree page setup became the largest cost of serving. Once
            // the pooled connections have filled their caches (seconds under load), a page stays parsed; the web
            // benchmark's server spent about 15% less CPU per uncached request than with the map. Each pooled connection
            // keeps its own cache: with 64 MiB the benchmark's server peaked at 570-890 MB resident, with 16 MiB at
            // 470-500 MB, for no measurable CPU per request.
            await using var pragmas = connection.Sql(null, string.Create(
                CultureInfo.InvariantCulture,
                $"PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{CacheKibibytes};"));
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            configured.TryAdd(connection.Handle!, Configured);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Switches the file to WAL; the mode is stored in the file, so every later connection uses it. A new file gets
    /// 8 KiB pages first: most articles then fit a page instead of spilling into half-empty overflow pages.
    /// </summary>
    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (options.ReadOnly)
        {
            return;
        }

        await using (var pageSize = connection.Sql(null, "PRAGMA page_size = 8192"))
        {
            // Ignored by a file that already has tables.
            await pageSize.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = connection.Sql(null, "PRAGMA journal_mode = WAL");
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw Failure($"cannot use write-ahead logging (journal mode stays {mode})");
        }
    }

    // BEGIN IMMEDIATE: the write lock is taken at the start, under the busy timeout, instead of on the first write
    // of a transaction that has already read, where SQLite could only fail.
    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: false));

    public override Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // Quoted words cannot be read as FTS5 operators; a trailing * matches word prefixes.
    public override string SearchArgument(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => $"\"{w}\"*"));

    public override void MarkJson(DbParameter parameter)
    {
    }

    public override string Reason(DbException exception) => exception is SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => string.Create(
                CultureInfo.InvariantCulture,
                $"the database is locked by another process and stayed locked for {options.BusyTimeout.TotalSeconds:0.#} s"),
            SQLitePCL.raw.SQLITE_READONLY => "the database is read-only (opened read-only, or the file or its folder cannot be written)",
            SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT => "the file is corrupt or is not a SQLite database",
            SQLitePCL.raw.SQLITE_CANTOPEN => "the database file cannot be opened (does its folder exist, and may this user use it?)",
            SQLitePCL.raw.SQLITE_FULL => "the disk is full",
            SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH => "permission denied",
            _ => FirstLine(sqlite.Message),
        }
        : FirstLine(exception.Message);

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; a disposed store must let it go (tests delete it, users move it).
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
