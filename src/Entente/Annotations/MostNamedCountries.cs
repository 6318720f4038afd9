namespace Entente.Annotations;

/// <summary>
/// The countries an article names most (ties to the one named first), from its actor mentions: what "the two
/// sides" and "the junta" refer back to. Collective codes (UNO, EUR, IGO, NGO, MNC) are not countries here.
/// </summary>
public static class MostNamedCountries
{
    public static IReadOnlyList<string> Of(IEnumerable<ActorMention> mentions, int take) => mentions
        .Where(a => a.Country is { Length: 3 } c && c is not ("UNO" or "EUR" or "IGO" or "NGO" or "MNC"))
        .GroupBy(a => a.Country!, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Min(a => a.Range.Start))
        .Take(take)
        .Select(g => g.Key)
        .ToList();
}
