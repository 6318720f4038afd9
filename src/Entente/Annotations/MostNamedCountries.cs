namespace Entente.Annotations;

/// <summary>
/// The countries an article names most (ties to the one named first), from its actor mentions: what "the two
/// sides" and "the junta" refer back to. Collective codes (UNO, EUR, IGO, NGO, MNC) are not countries here.
/// </summary>
public static class MostNamedCountries
{
    public static IReadOnlyList<string> Of(IEnumerable<ActorMention> mentions, int take) => mentions
        .Where(IsCountry)
        .GroupBy(a => a.Country!, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Min(a => a.Range.Start))
        .Take(take)
        .Select(g => g.Key)
        .ToList();

    /// <summary>The country named at least twice as often as any other, or null when none stands out so.</summary>
    public static string? Clearly(IReadOnlyCollection<ActorMention> mentions)
    {
        var counts = mentions.Where(IsCountry).CountBy(a => a.Country!).Select(pair => pair.Value).OrderDescending().ToList();
        return counts is [var first, ..] && (counts.Count == 1 || first >= 2 * counts[1]) ? Of(mentions, 1)[0] : null;
    }

    private static bool IsCountry(ActorMention mention) => mention.Country is { Length: 3 } c && c is not ("UNO" or "EUR" or "IGO" or "NGO" or "MNC");
}
