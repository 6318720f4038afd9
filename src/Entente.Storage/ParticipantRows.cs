using System.Data.Common;
using System.Globalization;

namespace Entente.Storage;

/// <summary>Writes and reads <c>mention_participants</c>: each mention's actors and recipients, one row each.</summary>
internal static class ParticipantRows
{
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, long mentionId, MentionRecord mention, CancellationToken cancellationToken)
    {
        var sides = mention.Actors.Select((p, i) => (Side: StoredNames.Actor, Position: i, Participant: p))
            .Concat(mention.Recipients.Select((p, i) => (Side: StoredNames.Recipient, Position: i, Participant: p)))
            .ToList();
        if (sides.Count == 0)
        {
            return;
        }

        await using var insert = connection.Sql(transaction, "").With("@mention", mentionId);
        var rows = new List<string>();
        foreach (var (side, position, participant) in sides)
        {
            var i = rows.Count;
            insert.With($"@side{i}", side)
                .With($"@position{i}", position)
                .With($"@country{i}", participant.Country)
                .With($"@sector{i}", participant.Sector)
                .With($"@name{i}", participant.Name)
                .With($"@role{i}", participant.Role)
                .With($"@start{i}", participant.Start)
                .With($"@end{i}", participant.End);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"(@mention, @side{i}, @position{i}, @country{i}, @sector{i}, @name{i}, @role{i}, @start{i}, @end{i})"));
        }

        insert.CommandText = $"INSERT INTO mention_participants (mention_id, side, position, country, sector, name, role, text_start, text_end) VALUES {string.Join(", ", rows)}";
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The participants of the mentions of events matching <paramref name="eventFilter"/> (over <c>event_mentions m</c>), by mention and side, in order.</summary>
    public static async Task<Dictionary<(long MentionId, string Side), List<StoredParticipant>>> OfMentionsAsync(
        DbCommand command,
        string eventFilter,
        CancellationToken cancellationToken)
    {
        command.CommandText = $"""
            SELECT p.mention_id, p.side, p.country, p.sector, p.name, p.role, p.text_start, p.text_end
            FROM mention_participants p JOIN event_mentions m ON m.id = p.mention_id
            WHERE {eventFilter}
            ORDER BY p.mention_id, p.side, p.position
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var participants = new Dictionary<(long, string), List<StoredParticipant>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.Long(0), reader.GetString(1));
            if (!participants.TryGetValue(key, out var list))
            {
                participants[key] = list = [];
            }

            list.Add(Read(reader, 2));
        }

        return participants;
    }

    /// <summary>A participant from its row's country, sector, name, role, text_start and text_end, from column <paramref name="first"/> on.</summary>
    public static StoredParticipant Read(DbDataReader reader, int first) => new(
        reader.TextOrNull(first),
        reader.TextOrNull(first + 1),
        reader.TextOrNull(first + 2),
        reader.TextOrNull(first + 3),
        reader.Int(first + 4),
        reader.Int(first + 5));
}
