using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Entente.Annotations;
using Entente.Pipeline;

namespace Entente.Storage;

/// <summary>
/// Stores one coded article inside the caller's write transaction: the article row and what it names, its earlier
/// mentions removed when it is stored again, and each coded event merged into the event other articles report or
/// stored as a new one (<see cref="MergeRule"/>).
/// </summary>
internal sealed class ArticleSaver(SqlDialect dialect, DbConnection connection, DbTransaction transaction)
{
    private readonly EventAggregator aggregator = new(connection, transaction);

    /// <summary>The stored state of an article by id, read with or without a transaction; null when it is not stored.</summary>
    public static async Task<StoredState?> StateAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.Sql(transaction, "SELECT seq, content_hash, coder_version FROM articles WHERE id = @id").With("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredState(reader.Long(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public static async Task<int> MentionCountAsync(DbConnection connection, DbTransaction? transaction, long articleSeq, CancellationToken cancellationToken)
    {
        await using var command = connection.Sql(transaction, "SELECT COUNT(*) FROM event_mentions WHERE article_seq = @seq").With("@seq", articleSeq);
        return (int)await command.ScalarLongAsync(cancellationToken);
    }

    public async Task<SaveResult> SaveAsync(Document document, string coderVersion, string contentHash, CancellationToken cancellationToken)
    {
        var article = document.Article;
        await dialect.LockAsync(connection, transaction, [LockKeys.Article(article.Id)], cancellationToken);
        var stored = await StateAsync(connection, transaction, article.Id, cancellationToken);
        if (stored is not null && stored.Is(contentHash, coderVersion))
        {
            return new SaveResult(SaveOutcome.Unchanged, await MentionCountAsync(connection, transaction, stored.Seq, cancellationToken), 0, 0, 0);
        }

        var earlierEvents = stored is null ? [] : await EventsOfArticleAsync(stored.Seq, cancellationToken);
        var types = earlierEvents.Select(e => e.Type).Concat(document.Events.Select(e => e.Type));
        await dialect.LockAsync(connection, transaction, types.Select(LockKeys.EventType), cancellationToken);

        long seq;
        if (stored is null)
        {
            seq = await InsertArticleAsync(article, coderVersion, contentHash, cancellationToken);
        }
        else
        {
            seq = stored.Seq;
            await ClearArticleAsync(seq, cancellationToken);
            await UpdateArticleAsync(seq, article, coderVersion, contentHash, cancellationToken);
        }

        await InsertNamedAsync(seq, document, cancellationToken);
        var removed = 0;
        foreach (var (eventId, _) in earlierEvents)
        {
            if (!await aggregator.RecomputeAsync(eventId, cancellationToken))
            {
                removed++;
            }
        }

        var created = 0;
        var joined = 0;
        for (var ordinal = 0; ordinal < document.Events.Count; ordinal++)
        {
            var mention = MentionRecord.From(document, document.Events[ordinal], ordinal);
            var facts = mention.Facts(seq, article);
            if (await JoinableEventAsync(mention, seq, cancellationToken) is { } candidate)
            {
                await aggregator.JoinAsync(candidate, facts, cancellationToken);
                await InsertMentionAsync(candidate.EventId, seq, mention, cancellationToken);
                joined++;
            }
            else
            {
                var eventId = await aggregator.InsertAsync(mention.Event.Type, mention.Event.Modality, EventAggregate.Of([facts]), cancellationToken);
                await InsertMentionAsync(eventId, seq, mention, cancellationToken);
                created++;
            }
        }

        var outcome = stored is null ? SaveOutcome.Inserted : SaveOutcome.Updated;
        return new SaveResult(outcome, document.Events.Count, created, joined, removed);
    }

    private async Task<List<(long Id, string Type)>> EventsOfArticleAsync(long articleSeq, CancellationToken cancellationToken)
    {
        await using var command = connection.Sql(transaction, """
            SELECT DISTINCT e.id, e.type FROM event_mentions m JOIN events e ON e.id = m.event_id
            WHERE m.article_seq = @seq ORDER BY e.id
            """).With("@seq", articleSeq);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<(long, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add((reader.Long(0), reader.GetString(1)));
        }

        return events;
    }

    private async Task<long> InsertArticleAsync(Article article, string coderVersion, string contentHash, CancellationToken cancellationToken)
    {
        await using var command = WithArticle(connection.Sql(transaction, """
            INSERT INTO articles (id, url, source, title, published, body, passages, metadata, content_hash, coder_version, coded_at)
            VALUES (@id, @url, @source, @title, @published, @body, @passages, @metadata, @content_hash, @coder_version, @coded_at)
            RETURNING seq
            """), article, coderVersion, contentHash);
        return await command.ScalarLongAsync(cancellationToken);
    }

    private async Task UpdateArticleAsync(long seq, Article article, string coderVersion, string contentHash, CancellationToken cancellationToken)
    {
        await using var command = WithArticle(connection.Sql(transaction, """
            UPDATE articles SET url = @url, source = @source, title = @title, published = @published, body = @body,
                passages = @passages, metadata = @metadata, content_hash = @content_hash, coder_version = @coder_version, coded_at = @coded_at
            WHERE seq = @seq
            """), article, coderVersion, contentHash).With("@seq", seq);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand WithArticle(DbCommand command, Article article, string coderVersion, string contentHash)
    {
        var metadata = new StoredMetadata(article.Section, article.Tags, article.Dek, article.Credits);
        return command
            .With("@id", article.Id)
            .With("@url", article.Url)
            .With("@source", article.Source)
            .With("@title", article.Title)
            .With("@published", article.Published)
            .With("@body", article.Body)
            .With("@passages", PassageText.Format(article.Passages))
            .WithJson(dialect, "@metadata", JsonSerializer.Serialize(metadata, StoredJson.Default.StoredMetadata))
            .With("@content_hash", contentHash)
            .With("@coder_version", coderVersion)
            .With("@coded_at", DateTimeOffset.UtcNow);
    }

    private async Task ClearArticleAsync(long seq, CancellationToken cancellationToken)
    {
        foreach (var table in (string[])["event_mentions", "article_countries", "article_reporters"])
        {
            await using var command = connection.Sql(transaction, $"DELETE FROM {table} WHERE article_seq = @seq").With("@seq", seq);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The countries the article names, for coverage, and the news organisations it names: an outlet named in
    /// someone else's article is almost always being quoted as a reporter ("KCNA said").
    /// </summary>
    private async Task InsertNamedAsync(long seq, Document document, CancellationToken cancellationToken)
    {
        var countries = document.Actors.Where(a => a.Country is not null).GroupBy(a => a.Country!, StringComparer.Ordinal).ToList();
        if (countries.Count > 0)
        {
            await using var command = connection.Sql(transaction, "").With("@seq", seq);
            var rows = new List<string>();
            foreach (var country in countries)
            {
                var i = rows.Count;
                command.With($"@c{i}", country.Key).With($"@n{i}", country.Count());
                rows.Add(string.Create(CultureInfo.InvariantCulture, $"(@seq, @c{i}, @n{i})"));
            }

            command.CommandText = $"INSERT INTO article_countries (article_seq, country, mentions) VALUES {string.Join(", ", rows)}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var reporters = document.Actors
            .Where(a => a.Kind == ActorKind.Organization && string.Equals(a.Sector, "MED", StringComparison.Ordinal))
            .Select(a => a.EntryId)
            .Distinct(StringComparer.Ordinal);
        foreach (var reporter in reporters)
        {
            await using var command = connection.Sql(transaction, "INSERT INTO article_reporters (article_seq, reporter) VALUES (@seq, @reporter)")
                .With("@seq", seq)
                .With("@reporter", reporter);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The event this mention reports, among those of its type, modality and day give or take one that its article does not report already.</summary>
    private async Task<MergeCandidate?> JoinableEventAsync(MentionRecord mention, long articleSeq, CancellationToken cancellationToken)
    {
        if (mention.EffectiveDay is not { } day)
        {
            return null;
        }

        var candidates = new Dictionary<long, MergeCandidate>();
        await using (var command = connection.Sql(transaction, $"""
            SELECT {EventLoader.Columns} FROM events e
            WHERE e.type = @type AND e.modality = @modality AND e.day >= @from AND e.day <= @to
              AND e.id NOT IN (SELECT event_id FROM event_mentions WHERE article_seq = @seq)
            """))
        {
            command.With("@type", mention.Event.Type)
                .With("@modality", StoredNames.Of(mention.Event.Modality))
                .With("@from", day.AddDays(-1))
                .With("@to", day.AddDays(1))
                .With("@seq", articleSeq);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var candidate = new MergeCandidate(reader.Long(0), mention.Event.Type, mention.Event.Modality, EventLoader.Aggregate(reader));
                candidates[candidate.EventId] = candidate;
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        await using (var command = connection.Sql(transaction, ""))
        {
            command.CommandText = $"SELECT event_id, side, country, name FROM event_people WHERE event_id IN ({command.WithList("e", candidates.Keys)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var candidate = candidates[reader.Long(0)];
                (reader.GetString(1) == StoredNames.Actor ? candidate.ActorPeople : candidate.RecipientPeople).Add(new NamedPerson(reader.GetString(2), reader.GetString(3)));
            }
        }

        return MergeRule.Choose(mention, candidates.Values);
    }

    private async Task InsertMentionAsync(long eventId, long articleSeq, MentionRecord mention, CancellationToken cancellationToken)
    {
        var coded = mention.Event;
        await using var command = connection.Sql(transaction, """
            INSERT INTO event_mentions (event_id, article_seq, ordinal, mode, cameo, quad_class, goldstein, confidence, sentence,
                evidence_start, evidence_end, trigger_start, trigger_end, pattern_id,
                date_start, date_end, date_text_start, date_text_end, effective_day,
                location_name, location_country, latitude, longitude)
            VALUES (@event_id, @article_seq, @ordinal, @mode, @cameo, @quad_class, @goldstein, @confidence, @sentence,
                @evidence_start, @evidence_end, @trigger_start, @trigger_end, @pattern_id,
                @date_start, @date_end, @date_text_start, @date_text_end, @effective_day,
                @location_name, @location_country, @latitude, @longitude)
            RETURNING id
            """)
            .With("@event_id", eventId)
            .With("@article_seq", articleSeq)
            .With("@ordinal", mention.Ordinal)
            .With("@mode", coded.Mode)
            .With("@cameo", coded.Cameo)
            .With("@quad_class", coded.QuadClass)
            .With("@goldstein", coded.Goldstein)
            .With("@confidence", coded.Confidence)
            .With("@sentence", coded.Evidence.Sentence)
            .With("@evidence_start", coded.Evidence.Range.Start)
            .With("@evidence_end", coded.Evidence.Range.End)
            .With("@trigger_start", coded.Evidence.Trigger.Start)
            .With("@trigger_end", coded.Evidence.Trigger.End)
            .With("@pattern_id", coded.Evidence.PatternId)
            .With("@date_start", coded.Date?.Start.ToString())
            .With("@date_end", coded.Date?.End?.ToString())
            .With("@date_text_start", coded.Date?.Range.Start)
            .With("@date_text_end", coded.Date?.Range.End)
            .With("@effective_day", mention.EffectiveDay)
            .With("@location_name", coded.Location?.Name)
            .With("@location_country", coded.Location?.Country)
            .With("@latitude", coded.Location?.Latitude)
            .With("@longitude", coded.Location?.Longitude);
        var mentionId = await command.ScalarLongAsync(cancellationToken);
        await ParticipantRows.InsertAsync(connection, transaction, mentionId, mention, cancellationToken);
    }
}
