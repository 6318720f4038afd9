namespace Entente.Storage;

/// <summary>Sums a source's articles per day into periods, keeping the periods without articles so a silence shows as zeros.</summary>
internal static class CoverageBuilder
{
    public static IReadOnlyList<CoveragePeriod> Periods(
        IReadOnlyList<(DateOnly Day, int Count)> articles,
        IReadOnlyList<(DateOnly Day, string Country, int Count)> countries,
        Granularity granularity)
    {
        if (articles.Count == 0)
        {
            return [];
        }

        var articlesByPeriod = articles
            .GroupBy(a => Storage.Periods.StartOf(a.Day, granularity))
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Count));
        var countriesByPeriod = countries
            .GroupBy(c => Storage.Periods.StartOf(c.Day, granularity))
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(c => c.Country, StringComparer.Ordinal)
                    .Select(c => new CountryArticles(c.Key, c.Sum(x => x.Count)))
                    .OrderByDescending(c => c.Articles)
                    .ThenBy(c => c.Country, StringComparer.Ordinal)
                    .ToList());
        return Storage.Periods.Between(articles.Min(a => a.Day), articles.Max(a => a.Day), granularity)
            .Select(start => new CoveragePeriod(
                start,
                articlesByPeriod.GetValueOrDefault(start),
                countriesByPeriod.TryGetValue(start, out var counts) ? counts : []))
            .ToList();
    }
}
