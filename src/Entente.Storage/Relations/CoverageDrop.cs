namespace Entente.Storage.Relations;

/// <summary>
/// A source that stopped mentioning a country: it named the country in <see cref="ArticlesBefore"/> articles over
/// <see cref="PeriodsBefore"/> periods up to <see cref="LastMentioned"/>, then published <see cref="ArticlesSince"/>
/// articles over <see cref="PeriodsSince"/> periods without naming it.
/// </summary>
public sealed record CoverageDrop(
    string Source,
    string Country,
    DateOnly LastMentioned,
    int ArticlesBefore,
    int PeriodsBefore,
    int ArticlesSince,
    int PeriodsSince);
