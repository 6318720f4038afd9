namespace Entente.Storage.Relations;

/// <summary>Finds the countries a source stopped mentioning; pure, over the coverage series the store counted.</summary>
public static class CoverageDrops
{
    /// <summary>
    /// Countries the source named in at least <paramref name="minPeriodsBefore"/> periods and then not at all while
    /// it went on publishing for at least <paramref name="minPeriodsSince"/> periods — the sign of a story dropped or
    /// an editorial line changed, not of a quiet month. Longest silences first.
    /// </summary>
    public static IReadOnlyList<CoverageDrop> Find(CoverageSeries series, int minPeriodsBefore = 2, int minPeriodsSince = 2)
    {
        var drops = new List<CoverageDrop>();
        var countries = series.Periods.SelectMany(p => p.Countries).Select(c => c.Country).Distinct(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            var mentioned = series.Periods.Select(p => p.Countries.FirstOrDefault(c => c.Country == country)?.Articles ?? 0).ToList();
            var last = mentioned.FindLastIndex(n => n > 0);
            var periodsBefore = mentioned.Take(last + 1).Count(n => n > 0);
            var after = series.Periods.Skip(last + 1).Where(p => p.Articles > 0).ToList();
            if (periodsBefore < minPeriodsBefore || after.Count < minPeriodsSince)
            {
                continue;
            }

            drops.Add(new CoverageDrop(
                series.Source,
                country,
                series.Periods[last].PeriodStart,
                mentioned.Take(last + 1).Sum(),
                periodsBefore,
                after.Sum(p => p.Articles),
                after.Count));
        }

        return drops.OrderByDescending(d => d.ArticlesSince).ThenBy(d => d.Country, StringComparer.Ordinal).ToList();
    }
}
