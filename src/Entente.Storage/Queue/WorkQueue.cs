using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Entente.Storage.Queue;

/// <summary>
/// The PostgreSQL work queue of raw articles that any number of workers, on any number of machines, drain. A worker
/// claims a batch with <c>FOR UPDATE SKIP LOCKED</c> under a lease, and stores the articles, their events and the
/// batch's completion in one transaction: a worker that dies leaves its rows running until the lease expires, when
/// any worker claims them again. Every claim counts an attempt; an article that has failed on every one of them is
/// marked failed with its error and claimed no more. Times are the server's, so workers' clocks need not agree.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is the work queue operators know by that name; no collection type is implied.")]
public sealed class WorkQueue : IAsyncDisposable
{
    private readonly PostgresDialect dialect;

    private WorkQueue(PostgresDialect dialect) => this.dialect = dialect;

    /// <summary>The database, as messages name it.</summary>
    public string Name => dialect.DatabaseName;

    /// <summary>
    /// The queue in the PostgreSQL database <paramref name="target"/> names (a <c>postgres://</c> URL or a connection
    /// string). Connects only when used: call <see cref="PrepareAsync"/> first. Any other target is refused with a
    /// <see cref="StoreException"/>, since SQLite, one writer at a time, has nothing to gain from many workers.
    /// </summary>
    public static WorkQueue Open(string? target)
    {
        if (string.IsNullOrWhiteSpace(target) || !PostgresTarget.Matches(target))
        {
            throw new StoreException($"the work queue needs PostgreSQL: '{target ?? EventStores.DefaultPath}' is a SQLite file; give a postgres:// URL or a Host=... connection string");
        }

        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(PostgresTarget.ConnectionString(target));
        }
        catch (ArgumentException exception)
        {
            throw new StoreException($"PostgreSQL: the connection string is not valid ({exception.Message})", exception);
        }

        var name = $"PostgreSQL database '{settings.Database ?? settings.Username}' on {settings.Host}:{settings.Port}";
        return new WorkQueue(new PostgresDialect(NpgsqlDataSource.Create(settings), name));
    }

    /// <summary>Brings the schema up to date (the queue's table comes with the store's migrations).</summary>
    public Task PrepareAsync(CancellationToken cancellationToken = default) => RunAsync(
        async connection =>
        {
            await SchemaMigrator.ApplyAsync(dialect, connection, cancellationToken);
            return true;
        },
        cancellationToken);

    /// <summary>
    /// Queues articles read from <paramref name="input"/> as pending, in one transaction. The same article with the
    /// same content is not queued twice; one that had failed is queued again.
    /// </summary>
    public Task<IReadOnlyList<EnqueueOutcome>> EnqueueAsync(string input, IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(articles);
        return RunAsync<IReadOnlyList<EnqueueOutcome>>(
            async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var outcomes = new List<EnqueueOutcome>(articles.Count);
                foreach (var article in articles)
                {
                    // xmax is 0 on a row this statement inserted and set on one it updated; no row comes back when
                    // the conflicting row is not failed, as the update's WHERE leaves it alone.
                    await using var command = connection.Sql(transaction, """
                        INSERT INTO work_queue (input, article_id, content_hash, article)
                        VALUES (@input, @article_id, @content_hash, @article)
                        ON CONFLICT (article_id, content_hash) DO UPDATE
                            SET status = 'pending', attempts = 0, last_error = NULL, input = EXCLUDED.input,
                                enqueued_at = now(), claimed_at = NULL, finished_at = NULL
                            WHERE work_queue.status = 'failed'
                        RETURNING xmax = 0
                        """)
                        .With("@input", input)
                        .With("@article_id", article.Id)
                        .With("@content_hash", ContentHash.Of(article))
                        .WithJson(dialect, "@article", JsonSerializer.Serialize(QueuedArticle.From(article), QueueJson.Default.QueuedArticle));
                    var inserted = await command.ExecuteScalarAsync(cancellationToken);
                    outcomes.Add(inserted switch
                    {
                        true => EnqueueOutcome.Added,
                        false => EnqueueOutcome.Requeued,
                        _ => EnqueueOutcome.AlreadyQueued,
                    });
                }

                await transaction.CommitAsync(cancellationToken);
                return outcomes;
            },
            cancellationToken);
    }

    /// <summary>Records an input that gave no article as a failed row, so <c>entente queue</c> lists it with its reason.</summary>
    public Task RecordUnreadableAsync(string input, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reason);
        return RunAsync(
            async connection =>
            {
                await using var command = connection.Sql(null, """
                    INSERT INTO work_queue (input, status, last_error, finished_at) VALUES (@input, 'failed', @reason, now())
                    """).With("@input", input).With("@reason", reason);
                await command.ExecuteNonQueryAsync(cancellationToken);
                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Claims up to <paramref name="count"/> rows, oldest first, that are pending or whose lease has expired, for
    /// <paramref name="lease"/>. Rows held by live workers are skipped, never waited for. A row claimed more than
    /// <paramref name="maxAttempts"/> times — its workers died or stalled on it every time — is marked failed
    /// instead of returned. Empty when nothing is claimable.
    /// </summary>
    public Task<QueueClaim> ClaimAsync(string owner, int count, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        return RunAsync(
            async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var rows = new List<(long Id, int Attempt, string Json, string? LastError, string Input)>();
                await using (var command = connection.Sql(transaction, """
                    UPDATE work_queue
                    SET status = 'running', attempts = attempts + 1, lease_owner = @owner, lease_expires = now() + @lease, claimed_at = now()
                    WHERE id IN (
                        SELECT id FROM work_queue
                        WHERE status = 'pending' OR (status = 'running' AND lease_expires < now())
                        ORDER BY id
                        LIMIT @count
                        FOR UPDATE SKIP LOCKED)
                    RETURNING id, attempts, article::text, last_error, input
                    """).With("@owner", owner).With("@lease", lease).With("@count", count))
                {
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        rows.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.TextOrNull(3), reader.GetString(4)));
                    }
                }

                var claimed = new List<ClaimedArticle>(rows.Count);
                var givenUp = new List<QueueFailure>();
                foreach (var row in rows.OrderBy(r => r.Id))
                {
                    if (row.Attempt > maxAttempts)
                    {
                        var error = string.Create(
                            CultureInfo.InvariantCulture,
                            $"given up after {maxAttempts} attempts: its worker stopped before finishing it each time (last error: {row.LastError ?? "none"})");
                        givenUp.Add(await FinishFailedAsync(connection, transaction, (row.Id, row.Input, row.Attempt - 1), error, cancellationToken));
                        continue;
                    }

                    Article article;
                    try
                    {
                        article = JsonSerializer.Deserialize(row.Json, QueueJson.Default.QueuedArticle)!.ToArticle();
                    }
                    catch (Exception exception) when (exception is JsonException or FormatException or NullReferenceException)
                    {
                        // Written by hand or by another program: retrying cannot make it readable.
                        var error = $"the queued article cannot be read back: {exception.Message}";
                        givenUp.Add(await FinishFailedAsync(connection, transaction, (row.Id, row.Input, row.Attempt), error, cancellationToken));
                        continue;
                    }

                    claimed.Add(new ClaimedArticle(row.Id, article, row.Attempt));
                }

                await transaction.CommitAsync(cancellationToken);
                return new QueueClaim(claimed, givenUp);
            },
            cancellationToken);
    }

    /// <summary>
    /// Extends the lease of every row <paramref name="owner"/> holds by <paramref name="lease"/> from now: a live
    /// worker renews while it codes and waits to store, so only a dead or stalled worker's rows expire, however long
    /// a batch waits for the event-type locks. Returns how many rows it holds.
    /// </summary>
    public Task<int> RenewAsync(string owner, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return RunAsync(
            async connection =>
            {
                await using var command = connection.Sql(null, "UPDATE work_queue SET lease_expires = now() + @lease WHERE lease_owner = @owner AND status = 'running'")
                    .With("@lease", lease)
                    .With("@owner", owner);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>
    /// Stores the coded articles and their events and marks their rows done, all in one transaction, with the store's
    /// lock order (articles, then every event type), so concurrent workers neither duplicate events nor deadlock. An
    /// article whose newer content another row has already stored is not stored over it. Rows this owner no longer
    /// holds (its lease expired and another worker took them) are left to that worker; storing them twice is harmless,
    /// as the second save finds them unchanged.
    /// </summary>
    public Task<IReadOnlyList<SaveResult>> CompleteAsync(string owner, IReadOnlyList<CodedArticle> coded, string coderVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentException.ThrowIfNullOrWhiteSpace(coderVersion);
        var ordered = coded.OrderBy(c => c.QueueId).ToList();
        return RunAsync(
            async connection =>
            {
                await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
                // Under the article locks the newest stored row of each article cannot change until this commits.
                await dialect.LockAsync(connection, transaction, ordered.Select(c => LockKeys.Article(c.Document.Article.Id)), cancellationToken);
                var newestDone = await NewestDoneAsync(connection, transaction, ordered.Select(c => c.Document.Article.Id).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
                var current = ordered.Where(c => !newestDone.TryGetValue(c.Document.Article.Id, out var newest) || newest < c.QueueId).ToList();
                var results = await SqlEventStore.SaveBatchAsync(dialect, connection, transaction, current.Select(c => c.Document).ToList(), coderVersion, cancellationToken);
                await using (var done = connection.Sql(transaction, """
                    UPDATE work_queue
                    SET status = 'done', finished_at = now(), lease_owner = NULL, lease_expires = NULL, last_error = NULL
                    WHERE id = ANY(@ids) AND lease_owner = @owner AND status = 'running'
                    """).With("@ids", ordered.Select(c => c.QueueId).ToArray()).With("@owner", owner))
                {
                    await done.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return results;
            },
            cancellationToken);
    }

    /// <summary>
    /// Gives a claimed row back after its article failed to code or store: pending again, with the error, or failed
    /// for good once it has had <paramref name="maxAttempts"/> attempts. True when it failed for good.
    /// </summary>
    public Task<bool> GiveBackAsync(string owner, long queueId, string error, int maxAttempts, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(error);
        return RunAsync(
            async connection =>
            {
                await using var command = connection.Sql(null, """
                    UPDATE work_queue
                    SET status = CASE WHEN attempts >= @max THEN 'failed' ELSE 'pending' END,
                        finished_at = CASE WHEN attempts >= @max THEN now() END,
                        last_error = @error, lease_owner = NULL, lease_expires = NULL
                    WHERE id = @id AND lease_owner = @owner AND status = 'running'
                    RETURNING status
                    """).With("@max", maxAttempts).With("@error", error).With("@id", queueId).With("@owner", owner);
                return await command.ExecuteScalarAsync(cancellationToken) is "failed";
            },
            cancellationToken);
    }

    /// <summary>
    /// Returns every row <paramref name="owner"/> holds to the queue at once, uncounted, rather than after its lease:
    /// for a worker that stops, or that lost the database mid-batch and is back.
    /// </summary>
    public Task<int> AbandonAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return RunAsync(
            async connection =>
            {
                await using var command = connection.Sql(null, """
                    UPDATE work_queue
                    SET status = 'pending', attempts = GREATEST(attempts - 1, 0), lease_owner = NULL, lease_expires = NULL
                    WHERE lease_owner = @owner AND status = 'running'
                    """).With("@owner", owner);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>True when no row is pending or running: every article queued so far is done or failed.</summary>
    public Task<bool> IsDrainedAsync(CancellationToken cancellationToken = default) => RunAsync(
        async connection =>
        {
            await using var command = connection.Sql(null, "SELECT NOT EXISTS (SELECT 1 FROM work_queue WHERE status IN ('pending', 'running'))");
            return await command.ExecuteScalarAsync(cancellationToken) is true;
        },
        cancellationToken);

    public Task<QueueStatus> StatusAsync(CancellationToken cancellationToken = default) => RunAsync(
        async connection =>
        {
            long pending, running, done, failed, lastMinute, lastHour;
            TimeSpan? oldestPending;
            await using (var command = connection.Sql(null, """
                SELECT COUNT(*) FILTER (WHERE status = 'pending'), COUNT(*) FILTER (WHERE status = 'running'),
                       COUNT(*) FILTER (WHERE status = 'done'), COUNT(*) FILTER (WHERE status = 'failed'),
                       COUNT(*) FILTER (WHERE status = 'done' AND finished_at > now() - interval '1 minute'),
                       COUNT(*) FILTER (WHERE status = 'done' AND finished_at > now() - interval '1 hour'),
                       EXTRACT(EPOCH FROM now() - MIN(enqueued_at) FILTER (WHERE status = 'pending'))
                FROM work_queue
                """))
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                (pending, running, done, failed) = (reader.Long(0), reader.Long(1), reader.Long(2), reader.Long(3));
                (lastMinute, lastHour) = (reader.Long(4), reader.Long(5));
                oldestPending = reader.IsDBNull(6) ? null : TimeSpan.FromSeconds(reader.Real(6));
            }

            var failures = new List<QueueFailure>();
            await using (var command = connection.Sql(null, """
                SELECT id, input, article_id, attempts, last_error, finished_at FROM work_queue
                WHERE status = 'failed' ORDER BY finished_at DESC, id DESC LIMIT 10
                """))
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    failures.Add(new QueueFailure(
                        reader.GetInt64(0), reader.GetString(1), reader.TextOrNull(2), reader.GetInt32(3), reader.TextOrNull(4) ?? "", reader.GetFieldValue<DateTimeOffset>(5)));
                }
            }

            return new QueueStatus(pending, running, done, failed, lastMinute, lastHour / 60.0, oldestPending, failures);
        },
        cancellationToken);

    /// <summary>
    /// Why the database could not be reached, when that is what <paramref name="exception"/> reports — the network,
    /// a server starting, stopping or out of connections, all worth waiting out — else null (a refused password or a
    /// bad statement will not heal by retrying).
    /// </summary>
    public string? UnreachableReason(StoreException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var unreachable = exception.InnerException switch
        {
            PostgresException server => server.SqlState.StartsWith("08", StringComparison.Ordinal)
                || server.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                    or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections,
            NpgsqlException client => client.IsTransient,
            _ => false,
        };
        return unreachable ? dialect.Reason((DbException)exception.InnerException!) : null;
    }

    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    private static async Task<QueueFailure> FinishFailedAsync(
        DbConnection connection,
        DbTransaction transaction,
        (long Id, string Input, int Attempts) row,
        string error,
        CancellationToken cancellationToken)
    {
        // The claim counted an attempt that will not be made; the row keeps the attempts its workers made.
        await using var command = connection.Sql(transaction, """
            UPDATE work_queue
            SET status = 'failed', attempts = @attempts, finished_at = now(), last_error = @error, lease_owner = NULL, lease_expires = NULL
            WHERE id = @id
            RETURNING article_id, finished_at
            """).With("@attempts", row.Attempts).With("@error", error).With("@id", row.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new QueueFailure(row.Id, row.Input, reader.TextOrNull(0), row.Attempts, error, reader.GetFieldValue<DateTimeOffset>(1));
    }

    /// <summary>The id of the newest done row of each of these articles that has one.</summary>
    private static async Task<Dictionary<string, long>> NewestDoneAsync(DbConnection connection, DbTransaction transaction, string[] articleIds, CancellationToken cancellationToken)
    {
        await using var command = connection.Sql(transaction, """
            SELECT article_id, MAX(id) FROM work_queue WHERE article_id = ANY(@ids) AND status = 'done' GROUP BY article_id
            """).With("@ids", articleIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var newest = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            newest[reader.GetString(0)] = reader.GetInt64(1);
        }

        return newest;
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
