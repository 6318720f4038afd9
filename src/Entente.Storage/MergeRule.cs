using Entente.Recognition;

namespace Entente.Storage;

/// <summary>
/// When a mention from one article reports the same act as an event other articles report: same type and
/// modality; dates at most a day apart; actor countries that meet and recipient countries that meet (or both sides
/// without any); places in the same country where both name one; and, where both name people for a country on the
/// same side, at least one of them the same person — by name key, or one name's parts within the other's
/// ("Pak" and "Pak Myong Ho"). Candidates never include events the mention's own article reports: the coder has
/// merged an article's events already.
/// </summary>
internal static class MergeRule
{
    /// <summary>The event the mention joins: the nearest in date, then the most reported, then the oldest; null for a new event.</summary>
    public static MergeCandidate? Choose(MentionRecord mention, IEnumerable<MergeCandidate> candidates) =>
        mention.EffectiveDay is not { } day
            ? null
            : candidates
                .Where(c => Joins(mention, c))
                .OrderBy(c => Math.Abs(c.Day.DayNumber - day.DayNumber))
                .ThenByDescending(c => c.ArticleCount)
                .ThenBy(c => c.EventId)
                .FirstOrDefault();

    private static bool Joins(MentionRecord mention, MergeCandidate candidate) =>
        string.Equals(candidate.Type, mention.Event.Type, StringComparison.Ordinal)
        && candidate.Modality == mention.Event.Modality
        && mention.EffectiveDay is { } day
        && Math.Abs(day.DayNumber - candidate.Day.DayNumber) <= 1
        && SidesMeet(mention.ActorCountries, candidate.ActorCountries)
        && SidesMeet(mention.RecipientCountries, candidate.RecipientCountries)
        && (mention.Event.Location is not { } place || candidate.LocationCountry is null || string.Equals(candidate.LocationCountry, place.Country, StringComparison.Ordinal))
        && PeopleAgree(NamedPerson.In(mention.Actors), candidate.ActorPeople)
        && PeopleAgree(NamedPerson.In(mention.Recipients), candidate.RecipientPeople);

    public static bool SamePerson(string a, string b) =>
        string.Equals(NameKey.For(a), NameKey.For(b), StringComparison.Ordinal) || PartsWithin(a, b) || PartsWithin(b, a);

    private static bool SidesMeet(IReadOnlySet<string> mention, HashSet<string> candidate) =>
        (mention.Count == 0 && candidate.Count == 0) || mention.Overlaps(candidate);

    private static bool PeopleAgree(IEnumerable<NamedPerson> mention, IEnumerable<NamedPerson> candidate)
    {
        var theirs = candidate.ToLookup(p => p.Country, StringComparer.Ordinal);
        foreach (var ours in mention.GroupBy(p => p.Country, StringComparer.Ordinal))
        {
            var others = theirs[ours.Key].ToList();
            if (others.Count > 0 && !ours.Any(p => others.Any(o => SamePerson(p.Name, o.Name))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool PartsWithin(string shorter, string longer)
    {
        var parts = NameKey.PartSkeletons(shorter);
        var within = NameKey.PartSkeletons(longer);
        return parts.Count > 0 && parts.All(p => within.Contains(p, StringComparer.Ordinal));
    }
}
