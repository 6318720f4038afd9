using System.Data.Common;
using System.Globalization;
using Entente.Annotations;

namespace Entente.Storage;

/// <summary>
/// Keeps an event's columns (its countries among them), countries, people, dyads and country days equal to what its mentions say: written whole for a new event,
/// recomputed from the stored mentions after any other change (or the event deleted when none is left).
/// </summary>
internal sealed class EventAggregator(DbConnection connection, DbTransaction transaction)
{
    /// <summary>An undated event's day in event_country_days (as in its migration): below every day, so it lists last.</summary>
    private const int UndatedDayNumber = -1;

    private const string Update = """
        UPDATE events SET mode = @mode, cameo = @cameo, quad_class = @quad_class, goldstein = @goldstein,
            day = @day, day_end = @day_end, date_precision = @date_precision,
            location_name = @location_name, location_country = @location_country, latitude = @latitude, longitude = @longitude,
            first_seen = @first_seen, last_seen = @last_seen,
            mention_count = @mention_count, article_count = @article_count, source_count = @source_count,
            actor_countries = @actor_countries, recipient_countries = @recipient_countries
        WHERE id = @id
        """;

    /// <summary>Stores a new event whose only mention is about to be stored, with its columns already final.</summary>
    public async Task<long> InsertAsync(string type, Modality modality, EventAggregate aggregate, CancellationToken cancellationToken)
    {
        await using var insert = WithColumns(connection.Sql(transaction, """
            INSERT INTO events (type, modality, mode, cameo, quad_class, goldstein, day, day_end, date_precision,
                location_name, location_country, latitude, longitude, first_seen, last_seen, mention_count, article_count, source_count,
                actor_countries, recipient_countries)
            VALUES (@type, @modality, @mode, @cameo, @quad_class, @goldstein, @day, @day_end, @date_precision,
                @location_name, @location_country, @latitude, @longitude, @first_seen, @last_seen, @mention_count, @article_count, @source_count,
                @actor_countries, @recipient_countries)
            RETURNING id
            """), aggregate)
            .With("@type", type)
            .With("@modality", StoredNames.Of(modality));
        var eventId = await insert.ScalarLongAsync(cancellationToken);
        await InsertCountriesAsync(eventId, aggregate, cancellationToken);
        await InsertPeopleAsync(eventId, aggregate, cancellationToken);
        await InsertDyadsAsync(eventId, aggregate, cancellationToken);
        await InsertCountryDaysAsync(eventId, aggregate, cancellationToken);
        return eventId;
    }

    /// <summary>Adds a mention about to be stored to the event it joins: the new columns follow from the current ones.</summary>
    public async Task JoinAsync(MergeCandidate candidate, MentionFacts mention, CancellationToken cancellationToken)
    {
        bool newSource;
        await using (var sources = connection.Sql(transaction, """
            SELECT 1 FROM event_mentions m JOIN articles a ON a.seq = m.article_seq
            WHERE m.event_id = @id AND COALESCE(a.source, '') = @source
            LIMIT 1
            """).With("@id", candidate.EventId).With("@source", mention.Source ?? ""))
        {
            newSource = await sources.ExecuteScalarAsync(cancellationToken) is null;
        }

        var before = candidate.Current;
        var after = before.Join(mention, newSource);
        await using (var update = WithColumns(connection.Sql(transaction, Update), after).With("@id", candidate.EventId))
        {
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var countriesChanged = !before.ActorCountries.SequenceEqual(after.ActorCountries, StringComparer.Ordinal)
            || !before.RecipientCountries.SequenceEqual(after.RecipientCountries, StringComparer.Ordinal);
        if (countriesChanged)
        {
            await DeleteAsync("event_countries", candidate.EventId, cancellationToken);
            await InsertCountriesAsync(candidate.EventId, after, cancellationToken);
        }

        if (!before.ActorPeople.SequenceEqual(after.ActorPeople) || !before.RecipientPeople.SequenceEqual(after.RecipientPeople))
        {
            await DeleteAsync("event_people", candidate.EventId, cancellationToken);
            await InsertPeopleAsync(candidate.EventId, after, cancellationToken);
        }

        if (countriesChanged || before.Day != after.Day)
        {
            await DeleteAsync("event_dyads", candidate.EventId, cancellationToken);
            await InsertDyadsAsync(candidate.EventId, after, cancellationToken);
            await DeleteAsync("event_country_days", candidate.EventId, cancellationToken);
            await InsertCountryDaysAsync(candidate.EventId, after, cancellationToken);
        }
    }

    /// <summary>False when the event had no mention left and was deleted.</summary>
    public async Task<bool> RecomputeAsync(long eventId, CancellationToken cancellationToken)
    {
        var mentions = await FactsAsync(eventId, cancellationToken);
        if (mentions.Count == 0)
        {
            // Its countries, people and dyads go with it (ON DELETE CASCADE).
            await using var delete = connection.Sql(transaction, "DELETE FROM events WHERE id = @id").With("@id", eventId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
            return false;
        }

        var aggregate = EventAggregate.Of(mentions);
        await using (var update = WithColumns(connection.Sql(transaction, Update), aggregate).With("@id", eventId))
        {
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await DeleteAsync("event_countries", eventId, cancellationToken);
        await DeleteAsync("event_people", eventId, cancellationToken);
        await DeleteAsync("event_dyads", eventId, cancellationToken);
        await DeleteAsync("event_country_days", eventId, cancellationToken);
        await InsertPeopleAsync(eventId, aggregate, cancellationToken);
        await InsertCountriesAsync(eventId, aggregate, cancellationToken);
        await InsertDyadsAsync(eventId, aggregate, cancellationToken);
        await InsertCountryDaysAsync(eventId, aggregate, cancellationToken);
        return true;
    }

    private async Task DeleteAsync(string table, long eventId, CancellationToken cancellationToken)
    {
        await using var delete = connection.Sql(transaction, $"DELETE FROM {table} WHERE event_id = @id").With("@id", eventId);
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand WithColumns(DbCommand command, EventAggregate aggregate) => command
        .With("@mode", aggregate.Mode)
        .With("@cameo", aggregate.Cameo)
        .With("@quad_class", aggregate.QuadClass)
        .With("@goldstein", aggregate.Goldstein)
        .With("@day", aggregate.Day)
        .With("@day_end", aggregate.DayEnd)
        .With("@date_precision", aggregate.Precision is { } precision ? StoredNames.Of(precision) : null)
        .With("@location_name", aggregate.Location?.Name)
        .With("@location_country", aggregate.Location?.Country)
        .With("@latitude", aggregate.Location?.Latitude)
        .With("@longitude", aggregate.Location?.Longitude)
        .With("@first_seen", aggregate.FirstSeen)
        .With("@last_seen", aggregate.LastSeen)
        .With("@mention_count", aggregate.MentionCount)
        .With("@article_count", aggregate.ArticleCount)
        .With("@source_count", aggregate.SourceCount)
        .With("@actor_countries", StoredNames.CountryList(aggregate.ActorCountries))
        .With("@recipient_countries", StoredNames.CountryList(aggregate.RecipientCountries));

    private async Task InsertCountriesAsync(long eventId, EventAggregate aggregate, CancellationToken cancellationToken)
    {
        var sides = aggregate.ActorCountries.Select(c => (Side: StoredNames.Actor, Country: c))
            .Concat(aggregate.RecipientCountries.Select(c => (Side: StoredNames.Recipient, Country: c)))
            .ToList();
        if (sides.Count == 0)
        {
            return;
        }

        await using var insert = connection.Sql(transaction, "").With("@id", eventId);
        var rows = new List<string>();
        foreach (var (side, country) in sides)
        {
            var i = rows.Count;
            insert.With($"@s{i}", side).With($"@c{i}", country);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"(@id, @s{i}, @c{i})"));
        }

        insert.CommandText = $"INSERT INTO event_countries (event_id, side, country) VALUES {string.Join(", ", rows)}";
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task InsertPeopleAsync(long eventId, EventAggregate aggregate, CancellationToken cancellationToken)
    {
        var people = aggregate.ActorPeople.Select(p => (Side: StoredNames.Actor, Person: p))
            .Concat(aggregate.RecipientPeople.Select(p => (Side: StoredNames.Recipient, Person: p)))
            .ToList();
        if (people.Count == 0)
        {
            return;
        }

        await using var insert = connection.Sql(transaction, "").With("@id", eventId);
        var rows = new List<string>();
        foreach (var (side, person) in people)
        {
            var i = rows.Count;
            insert.With($"@s{i}", side).With($"@c{i}", person.Country).With($"@n{i}", person.Name);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"(@id, @s{i}, @c{i}, @n{i})"));
        }

        insert.CommandText = $"INSERT INTO event_people (event_id, side, country, name) VALUES {string.Join(", ", rows)}";
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task InsertDyadsAsync(long eventId, EventAggregate aggregate, CancellationToken cancellationToken)
    {
        var dyads = aggregate.Dyads.ToList();
        if (aggregate.Day is not { } day || dyads.Count == 0)
        {
            // An undated event has no place in a series.
            return;
        }

        await using var insert = connection.Sql(transaction, "")
            .With("@id", eventId)
            .With("@day", day.DayNumber)
            .With("@quad_class", aggregate.QuadClass)
            .With("@goldstein", aggregate.Goldstein);
        var rows = new List<string>();
        foreach (var (source, target) in dyads)
        {
            var i = rows.Count;
            insert.With($"@a{i}", source).With($"@b{i}", target);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"(@a{i}, @b{i}, @day, @id, @quad_class, @goldstein)"));
        }

        insert.CommandText = $"INSERT INTO event_dyads (source_country, target_country, day_number, event_id, quad_class, goldstein) VALUES {string.Join(", ", rows)}";
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The event's countries with its day, once each whichever side names them: the key a country's list reads.</summary>
    private async Task InsertCountryDaysAsync(long eventId, EventAggregate aggregate, CancellationToken cancellationToken)
    {
        var countries = aggregate.ActorCountries.Union(aggregate.RecipientCountries, StringComparer.Ordinal).ToList();
        if (countries.Count == 0)
        {
            return;
        }

        await using var insert = connection.Sql(transaction, "")
            .With("@id", eventId)
            .With("@day", aggregate.Day is { } day ? day.DayNumber : UndatedDayNumber);
        var rows = new List<string>();
        foreach (var country in countries)
        {
            var i = rows.Count;
            insert.With($"@c{i}", country);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"(@c{i}, @day, @id)"));
        }

        insert.CommandText = $"INSERT INTO event_country_days (country, day_number, event_id) VALUES {string.Join(", ", rows)}";
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<MentionFacts>> FactsAsync(long eventId, CancellationToken cancellationToken)
    {
        Dictionary<(long MentionId, string Side), List<StoredParticipant>> participants;
        await using (var command = connection.Sql(transaction, "").With("@id", eventId))
        {
            participants = await ParticipantRows.OfMentionsAsync(command, "m.event_id = @id", cancellationToken);
        }

        IReadOnlyList<StoredParticipant> SideOf(long mentionId, string side) => participants.TryGetValue((mentionId, side), out var list) ? list : [];

        await using var mentions = connection.Sql(transaction, """
            SELECT m.id, m.article_seq, a.source, a.published, m.mode, m.cameo, m.quad_class, m.goldstein,
                   m.date_start, m.date_end, m.effective_day,
                   m.location_name, m.location_country, m.latitude, m.longitude
            FROM event_mentions m JOIN articles a ON a.seq = m.article_seq
            WHERE m.event_id = @id
            ORDER BY m.id
            """).With("@id", eventId);
        await using var reader = await mentions.ExecuteReaderAsync(cancellationToken);
        var facts = new List<MentionFacts>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var mentionId = reader.Long(0);
            facts.Add(new MentionFacts(
                reader.Long(1),
                reader.TextOrNull(2),
                reader.DayOrNull(3),
                reader.TextOrNull(4),
                reader.GetString(5),
                reader.Int(6),
                reader.Real(7),
                PartialDates.Parse(reader.TextOrNull(8)),
                PartialDates.Parse(reader.TextOrNull(9)),
                reader.DayOrNull(10),
                StoredRows.LocationOrNull(reader, 11),
                MentionRecord.CountriesOf(SideOf(mentionId, StoredNames.Actor)),
                MentionRecord.CountriesOf(SideOf(mentionId, StoredNames.Recipient)),
                NamedPerson.In(SideOf(mentionId, StoredNames.Actor)).ToList(),
                NamedPerson.In(SideOf(mentionId, StoredNames.Recipient)).ToList()));
        }

        return facts;
    }
}
