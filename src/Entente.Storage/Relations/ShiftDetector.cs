namespace Entente.Storage.Relations;

/// <summary>Compares a dyad's recent window with its own baseline; pure, over a series the store already counted.</summary>
public static class ShiftDetector
{
    /// <summary>The recent window's first day for a window ending at <see cref="ShiftWindow.AsOf"/>.</summary>
    public static DateOnly RecentFrom(ShiftWindow window)
    {
        var start = Periods.StartOf(window.AsOf, window.Granularity);
        for (var i = 1; i < window.RecentPeriods; i++)
        {
            start = Previous(start, window.Granularity);
        }

        return start;
    }

    /// <summary>
    /// The change between the baseline and the recent window, or null when either window is too thin or the change
    /// too small. <see cref="RelationShift.Drivers"/> is left empty for the caller to fill from the recent events.
    /// </summary>
    public static RelationShift? Detect(DyadSeries series, ShiftWindow window)
    {
        var recentFrom = RecentFrom(window);
        var baseline = series.Points.Where(p => p.PeriodStart < recentFrom).ToList();
        var recent = series.Points.Where(p => p.PeriodStart >= recentFrom && p.PeriodStart <= window.AsOf).ToList();
        var baselineEvents = baseline.Sum(p => p.Events);
        var recentEvents = recent.Sum(p => p.Events);
        if (baselineEvents < window.MinEvents || recentEvents < window.MinEvents)
        {
            return null;
        }

        var baselineMean = baseline.Sum(p => p.GoldsteinSum) / baselineEvents;
        var recentMean = recent.Sum(p => p.GoldsteinSum) / recentEvents;
        var change = recentMean - baselineMean;
        if (Math.Abs(change) < window.MinChange)
        {
            return null;
        }

        return new RelationShift(
            series.A,
            series.B,
            change > 0 ? ShiftDirection.Warming : ShiftDirection.Cooling,
            Math.Round(baselineMean, 2),
            baselineEvents,
            Math.Round(recentMean, 2),
            recentEvents,
            recentFrom,
            window.AsOf,
            []);
    }

    private static DateOnly Previous(DateOnly periodStart, Granularity granularity) => granularity switch
    {
        Granularity.Day => periodStart.AddDays(-1),
        Granularity.Week => periodStart.AddDays(-7),
        Granularity.Month => periodStart.AddMonths(-1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };
}
