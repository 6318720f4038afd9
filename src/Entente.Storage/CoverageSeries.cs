namespace Entente.Storage;

/// <summary>Which countries a source mentions over time, one period from its first dated article to its last.</summary>
public sealed record CoverageSeries(string Source, Granularity Granularity, IReadOnlyList<CoveragePeriod> Periods);
