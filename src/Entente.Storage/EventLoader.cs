using System.Data.Common;
using Entente.Annotations;
using Entente.Text;

namespace Entente.Storage;

/// <summary>Reads events with their countries (kept on each event's row) and every mention, slicing each mention's evidence from the stored article text.</summary>
internal static class EventLoader
{
    public const string Columns = """
        e.id, e.type, e.mode, e.cameo, e.quad_class, e.goldstein, e.modality, e.day, e.day_end, e.date_precision,
        e.location_name, e.location_country, e.latitude, e.longitude, e.first_seen, e.last_seen,
        e.mention_count, e.article_count, e.source_count, e.actor_countries, e.recipient_countries
        """;

    /// <summary>An event's columns from a row of <see cref="Columns"/>, its countries among them, people left empty.</summary>
    public static EventAggregate Aggregate(DbDataReader reader) => new(
        reader.TextOrNull(2),
        reader.GetString(3),
        reader.Int(4),
        reader.Real(5),
        reader.DayOrNull(7),
        reader.DayOrNull(8),
        StoredNames.PrecisionOf(reader.TextOrNull(9)),
        StoredRows.LocationOrNull(reader, 10),
        reader.DayOrNull(14),
        reader.DayOrNull(15),
        reader.Int(16),
        reader.Int(17),
        reader.Int(18),
        StoredNames.CountriesOf(reader.GetString(19)),
        StoredNames.CountriesOf(reader.GetString(20)),
        [],
        []);

    /// <summary>
    /// Runs a query selecting <see cref="Columns"/> from <c>events e</c> and completes each event, in the query's
    /// order, with at most <paramref name="mentionsPerEvent"/> of its mentions (null: all).
    /// </summary>
    public static async Task<IReadOnlyList<StoredEvent>> LoadAsync(DbConnection connection, DbCommand query, int? mentionsPerEvent, CancellationToken cancellationToken)
    {
        var rows = new List<StoredEvent>();
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new StoredEvent(
                    reader.Long(0),
                    reader.GetString(1),
                    reader.TextOrNull(2),
                    reader.GetString(3),
                    reader.Int(4),
                    reader.Real(5),
                    StoredNames.ModalityOf(reader.GetString(6)),
                    reader.DayOrNull(7),
                    reader.DayOrNull(8),
                    StoredNames.PrecisionOf(reader.TextOrNull(9)),
                    StoredRows.LocationOrNull(reader, 10),
                    StoredNames.CountriesOf(reader.GetString(19)),
                    StoredNames.CountriesOf(reader.GetString(20)),
                    reader.DayOrNull(14),
                    reader.DayOrNull(15),
                    reader.Int(16),
                    reader.Int(17),
                    reader.Int(18),
                    []));
            }
        }

        if (rows.Count == 0)
        {
            return rows;
        }

        if (mentionsPerEvent == 0)
        {
            return rows;
        }

        var mentions = await MentionsAsync(connection, rows.Select(r => r.Id).ToList(), mentionsPerEvent, cancellationToken);
        return rows.Select(e => e with { Mentions = mentions.TryGetValue(e.Id, out var ofEvent) ? ofEvent : [] }).ToList();
    }

    private static async Task<Dictionary<long, List<StoredMention>>> MentionsAsync(DbConnection connection, List<long> ids, int? perEvent, CancellationToken cancellationToken)
    {
        var mentions = new Dictionary<long, List<StoredMention>>();
        await using var command = connection.Sql(null, "");
        // One statement for the mentions, their articles and their participants: a mention comes once per participant
        // (once with none), and the article's text is read from the row only the first time that article appears.
        command.CommandText = $"""
            SELECT m.event_id, m.article_seq, m.id, a.id, a.source, a.url, a.published, m.cameo, m.mode, m.confidence, m.sentence,
                   m.evidence_start, m.evidence_end, m.trigger_start, m.trigger_end, m.pattern_id,
                   m.date_start, m.date_end, m.date_text_start, m.date_text_end,
                   m.location_name, m.location_country, m.latitude, m.longitude, a.body,
                   p.side, p.country, p.sector, p.name, p.role, p.text_start, p.text_end
            FROM event_mentions m JOIN articles a ON a.seq = m.article_seq
            LEFT JOIN mention_participants p ON p.mention_id = m.id
            WHERE {MentionFilter(command, ids, perEvent)}
            ORDER BY m.event_id, m.id, p.side, p.position
            """;
        var bodies = new Dictionary<long, string>();
        var body = "";
        long? mentionId = null;
        List<Participant> actors = [];
        List<Participant> recipients = [];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.Long(2) != mentionId)
            {
                mentionId = reader.Long(2);
                var articleSeq = reader.Long(1);
                if (!bodies.TryGetValue(articleSeq, out body))
                {
                    bodies[articleSeq] = body = reader.GetString(24);
                }

                var eventId = reader.Long(0);
                if (!mentions.TryGetValue(eventId, out var ofEvent))
                {
                    mentions[eventId] = ofEvent = [];
                }

                // The mention holds these lists; the rows after this one fill them with its other participants.
                actors = [];
                recipients = [];
                ofEvent.Add(Mention(reader, body, actors, recipients));
            }

            if (reader.TextOrNull(25) is { } side)
            {
                (side == StoredNames.Actor ? actors : recipients).Add(ParticipantRows.Read(reader, 26).ToParticipant(body));
            }
        }

        return mentions;
    }

    /// <summary>The mentions (<c>event_mentions m</c>) of the events, or each event's first <paramref name="perEvent"/>, with their parameters.</summary>
    private static string MentionFilter(DbCommand command, List<long> ids, int? perEvent)
    {
        var ofEvents = $"event_id IN ({command.WithList("e", ids)})";
        if (perEvent is not { } most)
        {
            return $"m.{ofEvents}";
        }

        command.With("@mentions_per_event", most);
        return $"""
            m.id IN (SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY id) AS position FROM event_mentions WHERE {ofEvents}) ranked
                     WHERE position <= @mentions_per_event)
            """;
    }

    /// <summary>A mention from its row, its evidence sliced from its article's text.</summary>
    private static StoredMention Mention(DbDataReader reader, string body, IReadOnlyList<Participant> actors, IReadOnlyList<Participant> recipients)
    {
        var evidence = new TextRange(reader.Int(11), reader.Int(12));
        var trigger = new TextRange(reader.Int(13), reader.Int(14));
        TextRange? dateRange = reader.IntOrNull(18) is { } dateFrom ? new TextRange(dateFrom, reader.Int(19)) : null;
        return new StoredMention(
            reader.Long(2),
            reader.GetString(3),
            reader.TextOrNull(4),
            reader.TextOrNull(5),
            reader.DayOrNull(6),
            reader.GetString(7),
            reader.TextOrNull(8),
            reader.Real(9),
            reader.Int(10),
            evidence,
            evidence.Slice(body),
            trigger,
            trigger.Slice(body),
            reader.GetString(15),
            PartialDates.Parse(reader.TextOrNull(16)),
            PartialDates.Parse(reader.TextOrNull(17)),
            dateRange?.Slice(body),
            StoredRows.LocationOrNull(reader, 20),
            actors,
            recipients);
    }
}
