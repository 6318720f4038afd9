using Entente.Storage;

namespace Entente.Web.Dashboard;

/// <summary>Two countries' events either way round: volume, cooperation (quad classes 1–2), conflict (3–4) and mean Goldstein.</summary>
public sealed record Relation(string A, string B, int Events, int Cooperation, int Conflict, double GoldsteinMean)
{
    public static IReadOnlyList<Relation> Combine(IEnumerable<DyadCount> directed) => directed
        .GroupBy(d => string.CompareOrdinal(d.Source, d.Target) <= 0 ? (d.Source, d.Target) : (d.Target, d.Source))
        .Select(pair =>
        {
            var events = pair.Sum(d => d.Events);
            return new Relation(
                pair.Key.Item1,
                pair.Key.Item2,
                events,
                pair.Sum(d => d.QuadClasses.VerbalCooperation + d.QuadClasses.MaterialCooperation),
                pair.Sum(d => d.QuadClasses.VerbalConflict + d.QuadClasses.MaterialConflict),
                events == 0 ? 0 : pair.Sum(d => d.GoldsteinSum) / events);
        })
        .OrderByDescending(r => r.Events)
        .ThenBy(r => r.A, StringComparer.Ordinal)
        .ThenBy(r => r.B, StringComparer.Ordinal)
        .ToList();

    /// <summary>The other side, seen from <paramref name="country"/>.</summary>
    public string Partner(string country) => A == country ? B : A;
}
