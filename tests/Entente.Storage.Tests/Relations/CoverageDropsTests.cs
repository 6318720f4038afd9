using Entente.Storage.Relations;

namespace Entente.Storage.Tests.Relations;

public sealed class CoverageDropsTests
{
    private static CoverageSeries Series(params (int Articles, (string Country, int Articles)[] Countries)[] months) => new(
        "KCNA",
        Granularity.Month,
        months.Select((m, i) => new CoveragePeriod(new DateOnly(2024, 1 + i, 1), m.Articles, m.Countries.Select(c => new CountryArticles(c.Country, c.Articles)).ToList())).ToList());

    [Fact]
    public void A_country_named_for_months_then_not_while_the_source_kept_publishing_is_a_drop()
    {
        var series = Series(
            (10, [("KOR", 6), ("USA", 3)]),
            (12, [("KOR", 4), ("USA", 2)]),
            (9, [("USA", 4)]),
            (11, [("USA", 5)]));

        var drop = Assert.Single(CoverageDrops.Find(series));

        Assert.Equal(new CoverageDrop("KCNA", "KOR", new DateOnly(2024, 2, 1), 10, 2, 20, 2), drop);
    }

    [Fact]
    public void A_quiet_source_a_passing_mention_or_a_short_silence_is_no_drop()
    {
        // The source itself stopped publishing; JPN was named once; USA was silent for one month only.
        Assert.Empty(CoverageDrops.Find(Series((5, [("KOR", 2)]), (4, [("KOR", 1)]), (0, []), (0, []))));
        Assert.Empty(CoverageDrops.Find(Series((5, [("JPN", 1)]), (4, []), (6, []))));
        Assert.Empty(CoverageDrops.Find(Series((5, [("USA", 1)]), (4, [("USA", 2)]), (6, []))));
    }
}
