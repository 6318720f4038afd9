using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests;

/// <summary>The contract on a SQLite file in a temporary folder, and what only a file can go through.</summary>
public sealed class SqliteEventStoreTests : EventStoreContract
{
    private readonly string folder = Directory.CreateTempSubdirectory("entente-store-").FullName;

    private string DatabasePath => Path.Combine(folder, "entente.db");

    [Fact]
    public async Task A_new_database_uses_write_ahead_logging_and_8_KiB_pages()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var journal = new SqliteCommand("PRAGMA journal_mode", connection);
        await using var pageSize = new SqliteCommand("PRAGMA page_size", connection);

        Assert.Equal("wal", await journal.ExecuteScalarAsync());
        Assert.Equal(8192L, await pageSize.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_pooled_connection_opened_again_keeps_its_busy_timeout_and_page_cache()
    {
        // The dialect sets them once per database handle, trusting the pool to hand the same handle out unchanged.
        await using var dialect = new SqliteDialect(DatabasePath, new SqliteStoreOptions { BusyTimeout = TimeSpan.FromSeconds(7) });
        async Task<(object Handle, object? Timeout, object? Cache)> SettingsAsync()
        {
            await using var connection = (SqliteConnection)await dialect.OpenAsync(CancellationToken.None);
            await using var timeout = new SqliteCommand("PRAGMA busy_timeout", connection);
            await using var cache = new SqliteCommand("PRAGMA cache_size", connection);
            return (connection.Handle!, await timeout.ExecuteScalarAsync(), await cache.ExecuteScalarAsync());
        }

        var first = await SettingsAsync();
        var again = await SettingsAsync();

        Assert.Same(first.Handle, again.Handle);
        Assert.Equal((7000L, -16384L), ((long)again.Timeout!, (long)again.Cache!));
    }

    [Fact]
    public async Task A_database_from_before_the_country_days_lists_each_countrys_events_from_its_filled_key()
    {
        var path = Path.Combine(folder, "second-schema.db");
        await using (var store = await SqliteEventStore.OpenAsync(path))
        {
            await store.SaveAsync(Reports.XiHostsKhurelsukh("xinhua-1", "Xinhua"), "v1");
            await store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), "v1");
        }

        // Back to the second schema: no country days, and no record of the third migration.
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var downgrade = new SqliteCommand("DROP TABLE event_country_days; DELETE FROM schema_migrations WHERE version = 3;", connection);
            await downgrade.ExecuteNonQueryAsync();
        }

        await using var migrated = await SqliteEventStore.OpenAsync(path);
        async Task<string[]> Listed(string country) =>
            (await migrated.EventsAsync(new EventQuery { Country = country })).Select(e => $"{e.Type} {e.Day:yyyy-MM-dd}").ToArray();
        Assert.Equal(["SANCTION 2023-10-22", "CONSULT 2023-10-19"], await Listed("PRK"));
        Assert.Equal(["CONSULT 2023-10-17"], await Listed("MNG"));
    }

    [Fact]
    public async Task A_database_from_before_the_search_prefixes_is_indexed_again_and_still_finds_its_articles()
    {
        var path = Path.Combine(folder, "first-schema.db");
        await using (var store = await SqliteEventStore.OpenAsync(path))
        {
            await store.SaveAsync(Reports.XiHostsKhurelsukh("xinhua-1", "Xinhua"), "v1");
        }

        // Back to the first schema: its search table without prefix indexes, and no record of the second migration.
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var downgrade = new SqliteCommand(
                """
                DROP TABLE articles_fts;
                CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
                DELETE FROM schema_migrations WHERE version = 2;
                """,
                connection);
            await downgrade.ExecuteNonQueryAsync();
        }

        await using (var migrated = await SqliteEventStore.OpenAsync(path))
        {
            Assert.Equal(["xinhua-1"], (await migrated.ArticlesAsync("Khurel")).Select(h => h.Id));
            await migrated.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), "v1");
            Assert.Equal(["yonhap-1"], (await migrated.ArticlesAsync("Lavro")).Select(h => h.Id));
        }

        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync();
        await using var definition = new SqliteCommand("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'", check);
        Assert.Contains("prefix = '2 3 4 5 6'", (string?)await definition.ExecuteScalarAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_file_is_refused_in_one_line_that_names_it()
    {
        var path = Path.Combine(folder, "corrupt.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray());

        var failure = await Assert.ThrowsAsync<StoreException>(() => SqliteEventStore.OpenAsync(path));

        Assert.Equal($"{path}: the file is corrupt or is not a SQLite database", failure.Message);
    }

    [Fact]
    public async Task Another_programs_database_is_refused_rather_than_changed()
    {
        var path = Path.Combine(folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = new SqliteCommand("CREATE TABLE articles (url TEXT, html BLOB)", connection);
            await create.ExecuteNonQueryAsync();
        }

        var failure = await Assert.ThrowsAsync<StoreException>(() => SqliteEventStore.OpenAsync(path));

        Assert.Equal($"{path}: the database has an 'articles' table but no Entente schema history: it belongs to something else", failure.Message);
    }

    [Fact]
    public async Task A_database_opened_read_only_answers_queries_and_refuses_writes_clearly()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("a", "A"), "v1");

        await using var readOnly = await SqliteEventStore.OpenAsync(DatabasePath, new SqliteStoreOptions { ReadOnly = true });
        var failure = await Assert.ThrowsAsync<StoreException>(() => readOnly.SaveAsync(Reports.XiHostsKhurelsukh("b", "B"), "v1"));

        Assert.Equal(1, (await readOnly.StatsAsync()).Events);
        Assert.StartsWith($"{DatabasePath}: the database is read-only", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public async Task A_new_database_cannot_be_created_read_only()
    {
        var path = Path.Combine(folder, "missing.db");

        var failure = await Assert.ThrowsAsync<StoreException>(() => SqliteEventStore.OpenAsync(path, new SqliteStoreOptions { ReadOnly = true }));

        Assert.StartsWith($"{path}: the database file cannot be opened", failure.Message, StringComparison.Ordinal);
    }

    [NotRootFact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_write_protected_file_refuses_writes_clearly()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("a", "A"), "v1");
        await Store.DisposeAsync();
        File.SetUnixFileMode(DatabasePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        try
        {
            var failure = await Assert.ThrowsAnyAsync<StoreException>(async () =>
            {
                await using var store = await SqliteEventStore.OpenAsync(DatabasePath);
                await store.SaveAsync(Reports.XiHostsKhurelsukh("b", "B"), "v1");
            });

            Assert.StartsWith($"{DatabasePath}: the database is read-only", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(DatabasePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task A_missing_folder_is_refused_in_one_line_that_names_the_database()
    {
        var path = Path.Combine(folder, "no-such-folder", "entente.db");

        var failure = await Assert.ThrowsAsync<StoreException>(() => SqliteEventStore.OpenAsync(path));

        Assert.StartsWith($"{path}: the database file cannot be opened", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_locked_longer_than_the_busy_timeout_gives_a_clear_message()
    {
        await using var impatient = await SqliteEventStore.OpenAsync(DatabasePath, new SqliteStoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(200) });
        await using var holder = await HoldWriteLockAsync();

        var failure = await Assert.ThrowsAsync<StoreException>(() => impatient.SaveAsync(Reports.LavrovMeetsChoe("a", "A"), "v1"));

        Assert.Equal($"{DatabasePath}: the database is locked by another process and stayed locked for 0.2 s", failure.Message);
    }

    [Fact]
    public async Task A_writer_waits_for_another_writer_to_finish()
    {
        var holder = await HoldWriteLockAsync();
        var save = Task.Run(() => Store.SaveAsync(Reports.LavrovMeetsChoe("a", "A"), "v1"));
        await Task.Delay(300);
        Assert.False(save.IsCompleted);

        await holder.DisposeAsync();

        Assert.Equal(SaveOutcome.Inserted, (await save).Outcome);
    }

    protected override Task CreateDatabaseAsync() => Task.CompletedTask;

    protected override async Task<IEventStore> OpenStoreAsync() => await SqliteEventStore.OpenAsync(DatabasePath);

    protected override Task DeleteDatabaseAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Another connection holding the write lock, as another process mid-write would, until disposed.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var begin = new SqliteCommand("BEGIN IMMEDIATE", connection);
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
