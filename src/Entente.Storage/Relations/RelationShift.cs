namespace Entente.Storage.Relations;

/// <summary>
/// A pair of countries whose recent events depart from their own baseline: the mean Goldstein value per event in
/// each window, the event counts behind them, and the recent events that drive the change (most extreme first).
/// </summary>
public sealed record RelationShift(
    string A,
    string B,
    ShiftDirection Direction,
    double BaselineMean,
    int BaselineEvents,
    double RecentMean,
    int RecentEvents,
    DateOnly RecentFrom,
    DateOnly RecentTo,
    IReadOnlyList<StoredEvent> Drivers)
{
    /// <summary>Recent mean minus baseline mean, in Goldstein points: positive warms, negative cools.</summary>
    public double Change => RecentMean - BaselineMean;
}
