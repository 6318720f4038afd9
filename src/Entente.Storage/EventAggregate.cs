using Entente.Annotations;

namespace Entente.Storage;

/// <summary>
/// An event's columns from its mentions (in the order they were stored). Codes come from the first mention; the
/// date from the first that gives one in its text, else the first publication date; the place from the first that
/// names one. Articles without a source count as one unknown source. Countries and named people are those of all
/// the mentions, each once, sorted.
/// </summary>
internal sealed record EventAggregate(
    string? Mode,
    string Cameo,
    int QuadClass,
    double Goldstein,
    DateOnly? Day,
    DateOnly? DayEnd,
    EventDatePrecision? Precision,
    EventLocation? Location,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    int MentionCount,
    int ArticleCount,
    int SourceCount,
    IReadOnlyList<string> ActorCountries,
    IReadOnlyList<string> RecipientCountries,
    IReadOnlyList<NamedPerson> ActorPeople,
    IReadOnlyList<NamedPerson> RecipientPeople)
{
    public static EventAggregate Of(IReadOnlyList<MentionFacts> mentions)
    {
        var first = mentions[0];
        var (day, dayEnd, precision) = mentions.FirstOrDefault(m => m.DateStart is not null) is { DateStart: { } start } dated
            ? (start.First, (dated.DateEnd ?? start).Last, PrecisionOf(start))
            : mentions.FirstOrDefault(m => m.EffectiveDay is not null) is { EffectiveDay: { } reported }
                ? (reported, reported, EventDatePrecision.Published)
                : ((DateOnly?)null, (DateOnly?)null, (EventDatePrecision?)null);
        var published = mentions.Select(m => m.Published).OfType<DateOnly>().ToList();
        return new EventAggregate(
            first.Mode,
            first.Cameo,
            first.QuadClass,
            first.Goldstein,
            day,
            dayEnd,
            precision,
            mentions.Select(m => m.Location).FirstOrDefault(l => l is not null),
            published.Count > 0 ? published.Min() : null,
            published.Count > 0 ? published.Max() : null,
            mentions.Count,
            mentions.Select(m => m.ArticleSeq).Distinct().Count(),
            mentions.Select(m => m.Source ?? string.Empty).Distinct(StringComparer.Ordinal).Count(),
            Union(mentions.Select(m => m.ActorCountries)),
            Union(mentions.Select(m => m.RecipientCountries)),
            Union(mentions.Select(m => m.ActorPeople)),
            Union(mentions.Select(m => m.RecipientPeople)));
    }

    /// <summary>
    /// The event once <paramref name="mention"/> joins it, equal to <see cref="Of"/> over all its mentions: the
    /// newest mention changes the date only when none before gave one in its text, and the place only when none
    /// named one. Its article reports the event for the first time (merging never joins an event the article
    /// reports already); <paramref name="newSource"/> says whether its source is new to the event.
    /// </summary>
    public EventAggregate Join(MentionFacts mention, bool newSource)
    {
        var (day, dayEnd, precision) = (Day, DayEnd, Precision) switch
        {
            (_, _, EventDatePrecision.Day or EventDatePrecision.Month or EventDatePrecision.Year) => (Day, DayEnd, Precision),
            _ when mention.DateStart is { } start => (start.First, (mention.DateEnd ?? start).Last, PrecisionOf(start)),
            (null, _, _) when mention.EffectiveDay is { } reported => (reported, reported, EventDatePrecision.Published),
            _ => (Day, DayEnd, Precision),
        };
        return this with
        {
            Day = day,
            DayEnd = dayEnd,
            Precision = precision,
            Location = Location ?? mention.Location,
            FirstSeen = Earlier(FirstSeen, mention.Published),
            LastSeen = Later(LastSeen, mention.Published),
            MentionCount = MentionCount + 1,
            ArticleCount = ArticleCount + 1,
            SourceCount = SourceCount + (newSource ? 1 : 0),
            ActorCountries = Union([ActorCountries, mention.ActorCountries]),
            RecipientCountries = Union([RecipientCountries, mention.RecipientCountries]),
            ActorPeople = Union([ActorPeople, mention.ActorPeople]),
            RecipientPeople = Union([RecipientPeople, mention.RecipientPeople]),
        };
    }

    /// <summary>Every actor country acting on every recipient country; a country never acts on itself.</summary>
    public IEnumerable<(string Source, string Target)> Dyads =>
        from source in ActorCountries
        from target in RecipientCountries
        where !string.Equals(source, target, StringComparison.Ordinal)
        select (source, target);

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static EventDatePrecision PrecisionOf(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => EventDatePrecision.Day,
        DatePrecision.Month => EventDatePrecision.Month,
        _ => EventDatePrecision.Year,
    };

    private static List<string> Union(IEnumerable<IReadOnlyCollection<string>> sets) =>
        sets.SelectMany(s => s).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static List<NamedPerson> Union(IEnumerable<IReadOnlyCollection<NamedPerson>> sets) =>
        sets.SelectMany(s => s).Distinct().OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
}
