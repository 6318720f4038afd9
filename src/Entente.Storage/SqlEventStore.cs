using System.Data.Common;
using System.Text.Json;
using Entente.Pipeline;

namespace Entente.Storage;

/// <summary>
/// The store over SQL, shared by <see cref="SqliteEventStore"/> and <see cref="PostgresEventStore"/>: the queries
/// are SQL both accept, and what differs lives in the dialect. Each call opens a pooled connection, and any
/// database failure becomes a <see cref="StoreException"/> naming the database.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    /// <summary>Matched mentions per listed event from which a search walks the list's order (<see cref="SearchIsBroadAsync"/>).</summary>
    private const int BroadSearchPerListed = 100;

    private readonly SqlDialect dialect;

    private protected SqlEventStore(SqlDialect dialect) => this.dialect = dialect;

    public string Name => dialect.DatabaseName;

    public Task<SaveResult> SaveAsync(Document document, string coderVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(coderVersion);
        var contentHash = ContentHash.Of(document.Article);
        return RunAsync(
            async connection =>
            {
                // Re-ingesting is common: answer it from a read, without queueing for the write lock.
                if (await ArticleSaver.StateAsync(connection, null, document.Article.Id, cancellationToken) is { } stored && stored.Is(contentHash, coderVersion))
                {
                    return new SaveResult(SaveOutcome.Unchanged, await ArticleSaver.MentionCountAsync(connection, null, stored.Seq, cancellationToken), 0, 0, 0);
                }

                await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
                var result = await new ArticleSaver(dialect, connection, transaction).SaveAsync(document, coderVersion, contentHash, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<SaveResult>> SaveAllAsync(IReadOnlyList<Document> documents, string coderVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentException.ThrowIfNullOrWhiteSpace(coderVersion);
        return RunAsync<IReadOnlyList<SaveResult>>(
            async connection =>
            {
                await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
                var results = await SaveBatchAsync(dialect, connection, transaction, documents, coderVersion, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return results;
            },
            cancellationToken);
    }

    /// <summary>
    /// Saves a batch inside the caller's write transaction, which the caller commits: the work queue marks its rows
    /// done in the same transaction. Takes the articles' locks, then every event type's, the one lock order of all
    /// writers.
    /// </summary>
    internal static async Task<IReadOnlyList<SaveResult>> SaveBatchAsync(
        SqlDialect dialect,
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<Document> documents,
        string coderVersion,
        CancellationToken cancellationToken)
    {
        await dialect.LockAsync(connection, transaction, documents.Select(d => LockKeys.Article(d.Article.Id)), cancellationToken);
        await dialect.LockAsync(connection, transaction, LockKeys.EveryEventType, cancellationToken);
        var saver = new ArticleSaver(dialect, connection, transaction);
        var results = new List<SaveResult>(documents.Count);
        foreach (var document in documents)
        {
            results.Add(await saver.SaveAsync(document, coderVersion, ContentHash.Of(document.Article), cancellationToken));
        }

        return results;
    }

    public Task RecordErrorAsync(string item, string message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(message);
        return RunAsync(
            async connection =>
            {
                await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
                await using var command = connection.Sql(transaction, "INSERT INTO ingest_errors (item, message, at) VALUES (@item, @message, @at)")
                    .With("@item", item)
                    .With("@message", message)
                    .With("@at", DateTimeOffset.UtcNow);
                await command.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<IngestError>> ErrorsAsync(CancellationToken cancellationToken = default) => RunAsync<IReadOnlyList<IngestError>>(
        async connection =>
        {
            await using var command = connection.Sql(null, "SELECT id, item, message, at FROM ingest_errors ORDER BY id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var errors = new List<IngestError>();
            while (await reader.ReadAsync(cancellationToken))
            {
                errors.Add(new IngestError(reader.Long(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
            }

            return errors;
        },
        cancellationToken);

    public Task<IReadOnlyList<string>> CodedWithOlderVersionAsync(string currentVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currentVersion);
        return RunAsync<IReadOnlyList<string>>(
            async connection =>
            {
                await using var command = connection.Sql(null, "SELECT id FROM articles WHERE coder_version <> @version ORDER BY id").With("@version", currentVersion);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var ids = new List<string>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetString(0));
                }

                return ids;
            },
            cancellationToken);
    }

    public Task<StoredArticle?> ArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return RunAsync(
            async connection =>
            {
                await using var command = connection.Sql(null, """
                    SELECT id, url, source, title, published, body, passages, metadata, coder_version, coded_at, content_hash
                    FROM articles WHERE id = @id
                    """).With("@id", id);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return null;
                }

                var metadata = JsonSerializer.Deserialize(reader.GetString(7), StoredJson.Default.StoredMetadata);
                var article = new Article
                {
                    Id = reader.GetString(0),
                    Url = reader.TextOrNull(1),
                    Source = reader.TextOrNull(2),
                    Title = reader.TextOrNull(3),
                    Published = reader.DayOrNull(4),
                    Body = reader.GetString(5),
                    Passages = PassageText.Parse(reader.GetString(6)),
                    Section = metadata?.Section,
                    Tags = metadata?.Tags ?? [],
                    Dek = metadata?.Dek,
                    Credits = metadata?.Credits ?? [],
                };
                return new StoredArticle(article, reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9), reader.GetString(10));
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<StoredEvent>> EventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, EventQuery.MaxLimit, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        if (query.MentionsPerEvent is { } mentions)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(mentions, nameof(query));
        }

        return RunAsync(
            async connection =>
            {
                await using var command = connection.Sql(null, "");
                var probeSearch = await SearchIsBroadAsync(connection, query, cancellationToken);
                if (!EventFilter.Apply(query, dialect, command, probeSearch, out var where))
                {
                    return (IReadOnlyList<StoredEvent>)[];
                }

                var (from, order) = query.Order == EventOrder.MostReported
                    ? ("events e", "e.article_count DESC, e.source_count DESC, e.day DESC NULLS LAST, e.id")
                    : EventFilter.ListsCountryDays(query)
                        // The key's order is the same as e.day DESC NULLS LAST, e.id DESC: undated events have the lowest day.
                        ? ("event_country_days c JOIN events e ON e.id = c.event_id", "c.day_number DESC, c.event_id DESC")
                        : ("events e", "e.day DESC NULLS LAST, e.id DESC");
                command.CommandText = $"SELECT {EventLoader.Columns} FROM {from} WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset";
                command.With("@limit", query.Limit).With("@offset", query.Offset);
                return await EventLoader.LoadAsync(connection, command, query.MentionsPerEvent, cancellationToken);
            },
            cancellationToken);
    }

    public Task<StoredEvent?> EventAsync(long id, CancellationToken cancellationToken = default) => RunAsync(
        async connection =>
        {
            await using var command = connection.Sql(null, $"SELECT {EventLoader.Columns} FROM events e WHERE e.id = @id").With("@id", id);
            return (await EventLoader.LoadAsync(connection, command, null, cancellationToken)).SingleOrDefault();
        },
        cancellationToken);

    public Task<DyadSeries> DyadSeriesAsync(
        string a,
        string b,
        bool directed,
        Granularity granularity,
        DateOnly? from = null,
        DateOnly? to = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(a);
        ArgumentException.ThrowIfNullOrWhiteSpace(b);
        var source = a.Trim().ToUpperInvariant();
        var target = b.Trim().ToUpperInvariant();
        return RunAsync(
            async connection =>
            {
                var events = await DyadEventsAsync(connection, source, target, directed, from, to, cancellationToken);
                return new DyadSeries(source, target, directed, granularity, DyadSeriesBuilder.Points(events, granularity, from, to));
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<DyadCount>> DyadsAsync(DateOnly? from = null, DateOnly? to = null, int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, EventQuery.MaxLimit);
        return RunAsync<IReadOnlyList<DyadCount>>(
            async connection =>
            {
                await using var command = connection.Sql(null, "");
                var bounds = EventFilter.DayNumberBounds(command, from, to, "day");
                command.CommandText = $"""
                    SELECT source_country, target_country, COUNT(*),
                           SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END),
                           SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END),
                           SUM(goldstein)
                    FROM event_dyads WHERE 1 = 1{bounds}
                    GROUP BY source_country, target_country
                    ORDER BY COUNT(*) DESC, source_country, target_country
                    LIMIT @limit
                    """;
                command.With("@limit", limit);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var dyads = new List<DyadCount>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var quadClasses = new QuadClassCounts(reader.Int(3), reader.Int(4), reader.Int(5), reader.Int(6));
                    dyads.Add(new DyadCount(reader.GetString(0), reader.GetString(1), reader.Int(2), quadClasses, reader.Real(7)));
                }

                return dyads;
            },
            cancellationToken);
    }

    public Task<CoverageSeries> CoverageAsync(string source, Granularity granularity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return RunAsync(
            async connection =>
            {
                // Dictionary ids of news organisations are upper case ("KCNA"); outlet names are matched as stored.
                const string OfSource = """
                    a.published IS NOT NULL
                    AND (a.source = @source OR a.seq IN (SELECT article_seq FROM article_reporters WHERE reporter = @reporter))
                    """;
                var articles = new List<(DateOnly Day, int Count)>();
                await using (var command = connection.Sql(null, $"SELECT a.published, COUNT(*) FROM articles a WHERE {OfSource} GROUP BY a.published"))
                {
                    command.With("@source", source).With("@reporter", source.ToUpperInvariant());
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        articles.Add((reader.GetFieldValue<DateOnly>(0), reader.Int(1)));
                    }
                }

                var countries = new List<(DateOnly Day, string Country, int Count)>();
                await using (var command = connection.Sql(null, $"""
                    SELECT a.published, c.country, COUNT(*)
                    FROM articles a JOIN article_countries c ON c.article_seq = a.seq
                    WHERE {OfSource}
                    GROUP BY a.published, c.country
                    """))
                {
                    command.With("@source", source).With("@reporter", source.ToUpperInvariant());
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        countries.Add((reader.GetFieldValue<DateOnly>(0), reader.GetString(1), reader.Int(2)));
                    }
                }

                return new CoverageSeries(source, granularity, CoverageBuilder.Periods(articles, countries, granularity));
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ArticleHit>> ArticlesAsync(string search, int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, EventQuery.MaxLimit);
        var words = SearchWords.Of(search);
        if (words.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ArticleHit>>([]);
        }

        return RunAsync<IReadOnlyList<ArticleHit>>(
            async connection =>
            {
                await using var command = connection.Sql(null, dialect.ArticleSearch)
                    .With("@search", dialect.SearchArgument(words))
                    .With("@limit", limit);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var hits = new List<ArticleHit>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    hits.Add(new ArticleHit(reader.GetString(0), reader.TextOrNull(1), reader.TextOrNull(2), reader.TextOrNull(3), reader.DayOrNull(4), reader.GetString(5)));
                }

                return hits;
            },
            cancellationToken);
    }

    public Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default) => RunAsync(
        async connection =>
        {
            await using var command = connection.Sql(null, """
                SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events),
                       (SELECT COUNT(*) FROM event_mentions), (SELECT COUNT(*) FROM ingest_errors)
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new StoreStats(reader.Long(0), reader.Long(1), reader.Long(2), reader.Long(3));
        },
        cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await dialect.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Readies the database once: file settings, then any migration it lacks.</summary>
    private protected Task InitializeAsync(CancellationToken cancellationToken) => RunAsync(
        async connection =>
        {
            await dialect.PrepareAsync(connection, cancellationToken);
            await SchemaMigrator.ApplyAsync(dialect, connection, cancellationToken);
            return true;
        },
        cancellationToken);

    private static async Task<List<DyadEvent>> DyadEventsAsync(
        DbConnection connection,
        string source,
        string target,
        bool directed,
        DateOnly? from,
        DateOnly? to,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Sql(null, "").With("@a", source).With("@b", target);
        var bounds = EventFilter.DayNumberBounds(command, from, to, "day");
        const string Columns = "SELECT event_id, day_number, quad_class, goldstein FROM event_dyads";
        // Each direction is one range scan of the dyads' clustered key.
        command.CommandText = directed
            ? $"{Columns} WHERE source_country = @a AND target_country = @b{bounds}"
            : $"{Columns} WHERE source_country = @a AND target_country = @b{bounds} UNION ALL {Columns} WHERE source_country = @b AND target_country = @a{bounds}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<DyadEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            // Typed reads: a busy pair returns tens of thousands of rows, and converting boxed values shows.
            events.Add(new DyadEvent(reader.GetInt64(0), DateOnly.FromDayNumber(reader.GetInt32(1)), reader.GetInt32(2), reader.GetDouble(3)));
        }

        return events;
    }

    /// <summary>
    /// True when a newest-first search matches so many mentions that walking the events in the list's order and
    /// testing each one stops sooner than collecting and sorting every match: a common word reported in thousands of
    /// events needs only the first page's worth of that walk, while a rare one would walk the whole table. Counting
    /// stops at <see cref="BroadSearchPerListed"/> mentions per event listed, which bounds both ways: the sort then
    /// has fewer matches than that, and the walk reads about one event in that many of those it passes.
    /// </summary>
    private async Task<bool> SearchIsBroadAsync(DbConnection connection, EventQuery query, CancellationToken cancellationToken)
    {
        if (query.Search is not { } search || query.Order != EventOrder.Newest || SearchWords.Of(search) is not { Count: > 0 } words)
        {
            return false;
        }

        var enough = BroadSearchPerListed * ((long)query.Limit + query.Offset);
        await using var command = connection.Sql(null, $"""
            SELECT COUNT(*) FROM (SELECT 1 FROM event_mentions m WHERE m.article_seq IN ({dialect.MatchingArticles}) LIMIT @enough) matched
            """)
            .With("@search", dialect.SearchArgument(words))
            .With("@enough", enough);
        return await command.ScalarLongAsync(cancellationToken) >= enough;
    }

    private async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            return await work(connection);
        }
        catch (DbException exception)
        {
            throw dialect.Failure(exception);
        }
    }
}
