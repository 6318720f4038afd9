namespace Entente.Storage;

/// <summary>One period of a source's coverage: its articles, and per country how many of them mention it (most first).</summary>
public sealed record CoveragePeriod(DateOnly PeriodStart, int Articles, IReadOnlyList<CountryArticles> Countries);
