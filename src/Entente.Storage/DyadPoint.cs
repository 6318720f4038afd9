namespace Entente.Storage;

/// <summary>One period of a relation series: counts per quad class, the Goldstein sum and mean (0 without events), and the events behind it.</summary>
public sealed record DyadPoint(
    DateOnly PeriodStart,
    int Events,
    QuadClassCounts QuadClasses,
    double GoldsteinSum,
    double GoldsteinMean,
    IReadOnlyList<long> EventIds);
