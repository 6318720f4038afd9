using System.Data.Common;

namespace Entente.Storage;

/// <summary>
/// Turns an <see cref="EventQuery"/>'s filters into a WHERE clause over <c>events e</c> (and <c>event_country_days c</c>
/// when <see cref="ListsCountryDays"/>), binding every value as a parameter.
/// </summary>
internal static class EventFilter
{
    private const string Directed = """
        SELECT actor.event_id FROM event_countries actor
        JOIN event_countries recipient ON recipient.event_id = actor.event_id AND recipient.side = 'recipient' AND recipient.country = @dyad_b
        WHERE actor.side = 'actor' AND actor.country = @dyad_a
        """;

    private const string Reversed = """
        SELECT actor.event_id FROM event_countries actor
        JOIN event_countries recipient ON recipient.event_id = actor.event_id AND recipient.side = 'recipient' AND recipient.country = @dyad_a
        WHERE actor.side = 'actor' AND actor.country = @dyad_b
        """;

    /// <summary>
    /// True when the query lists one country's events newest first: it then reads that country's rows of
    /// <c>event_country_days c</c> in key order, joined to <c>events e</c>, and stops at its limit, where filtering
    /// the events would read and sort every event of the country.
    /// </summary>
    public static bool ListsCountryDays(EventQuery query) => query.Country is not null && query.Order == EventOrder.Newest;

    /// <summary>
    /// False when the query cannot match anything (a search without a word), so it need not run. With
    /// <paramref name="probeSearch"/> a search is a test on each event the list's order reaches (see
    /// <see cref="SqlEventStore"/>), else the set of events its articles report.
    /// </summary>
    public static bool Apply(EventQuery query, SqlDialect dialect, DbCommand command, bool probeSearch, out string where)
    {
        var clauses = new List<string> { "1 = 1" };
        where = "";
        if (query.Type is { } type)
        {
            clauses.Add("e.type = @type");
            command.With("@type", type.Trim().ToUpperInvariant());
        }

        if (query.From is { } from)
        {
            clauses.Add("e.day >= @from");
            command.With("@from", from);
            if (ListsCountryDays(query))
            {
                // The same bound on the key's day makes a country's dated list a range of the key.
                clauses.Add("c.day_number >= @from_day");
                command.With("@from_day", from.DayNumber);
            }
        }

        if (query.To is { } to)
        {
            clauses.Add("e.day <= @to");
            command.With("@to", to);
            if (ListsCountryDays(query))
            {
                clauses.Add("c.day_number <= @to_day");
                command.With("@to_day", to.DayNumber);
            }
        }

        if (query.Country is { } country)
        {
            clauses.Add(ListsCountryDays(query) ? "c.country = @country" : "e.id IN (SELECT event_id FROM event_country_days WHERE country = @country)");
            command.With("@country", country.Trim().ToUpperInvariant());
        }

        if (query.Dyad is { } dyad)
        {
            var a = dyad.A.Trim().ToUpperInvariant();
            var b = dyad.B.Trim().ToUpperInvariant();
            command.With("@dyad_a", a).With("@dyad_b", b);
            if ((query.From is not null || query.To is not null) && !string.Equals(a, b, StringComparison.Ordinal))
            {
                // A dated dyad of two countries is a range of event_dyads' clustered key, where matching through
                // event_countries probes every event of one country. event_dyads leaves out undated events and a
                // country acting on itself: a day bound leaves out the first, and the countries differ.
                var bounds = DayNumberBounds(command, query.From, query.To, "dyad");
                var directed = $"SELECT event_id FROM event_dyads WHERE source_country = @dyad_a AND target_country = @dyad_b{bounds}";
                var reversed = $"SELECT event_id FROM event_dyads WHERE source_country = @dyad_b AND target_country = @dyad_a{bounds}";
                clauses.Add(dyad.Directed ? $"e.id IN ({directed})" : $"e.id IN ({directed} UNION ALL {reversed})");
            }
            else
            {
                clauses.Add(dyad.Directed ? $"e.id IN ({Directed})" : $"e.id IN ({Directed} UNION {Reversed})");
            }
        }

        if (query.Source is { } source)
        {
            clauses.Add("e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.seq = m.article_seq WHERE a.source = @source)");
            command.With("@source", source);
        }

        if (query.Search is { } search)
        {
            var words = SearchWords.Of(search);
            if (words.Count == 0)
            {
                return false;
            }

            clauses.Add(probeSearch
                ? $"EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.article_seq IN ({dialect.MatchingArticles}))"
                : $"e.id IN (SELECT m.event_id FROM event_mentions m WHERE m.article_seq IN ({dialect.MatchingArticles}))");
            command.With("@search", dialect.SearchArgument(words));
        }

        where = string.Join(" AND ", clauses);
        return true;
    }

    /// <summary>
    /// <c> AND day_number &gt;= @{name}_from AND day_number &lt;= @{name}_to</c> for the bounds given, with their
    /// parameters; the name keeps them apart from other parameters of the same command.
    /// </summary>
    internal static string DayNumberBounds(DbCommand command, DateOnly? from, DateOnly? to, string name)
    {
        var bounds = "";
        if (from is { } first)
        {
            bounds += $" AND day_number >= @{name}_from";
            command.With($"@{name}_from", first.DayNumber);
        }

        if (to is { } last)
        {
            bounds += $" AND day_number <= @{name}_to";
            command.With($"@{name}_to", last.DayNumber);
        }

        return bounds;
    }
}
