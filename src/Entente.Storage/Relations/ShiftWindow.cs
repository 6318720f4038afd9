namespace Entente.Storage.Relations;

/// <summary>
/// How a shift is judged: the recent window is the last <see cref="RecentPeriods"/> periods up to
/// <see cref="AsOf"/>; everything before it is the baseline. A shift needs at least <see cref="MinEvents"/> events in
/// each window and a change of at least <see cref="MinChange"/> Goldstein points in the mean per event — on a scale
/// of -10 to 10, 3 points is the step from talks (1) to an agreement (about 4), or from a rejection (-4) to sanctions
/// (-7 to -8).
/// </summary>
public sealed record ShiftWindow(DateOnly AsOf, Granularity Granularity = Granularity.Month, int RecentPeriods = 3, int MinEvents = 2, double MinChange = 3.0);
