namespace Entente.Storage.Relations;

/// <summary>Finds the shifting relations in a store: every busy pair's series, judged against its own baseline.</summary>
public static class RelationShifts
{
    /// <summary>How many of the busiest pairs are examined; quieter pairs have too few events to shift.</summary>
    private const int PairsExamined = 200;

    private const int DriversKept = 3;

    /// <summary>The shifts as of <see cref="ShiftWindow.AsOf"/>, largest change first.</summary>
    public static async Task<IReadOnlyList<RelationShift>> FindAsync(IEventStore store, ShiftWindow window, CancellationToken cancellationToken = default)
    {
        var pairs = (await store.DyadsAsync(null, window.AsOf, PairsExamined, cancellationToken))
            .Select(d => string.CompareOrdinal(d.Source, d.Target) <= 0 ? (d.Source, d.Target) : (d.Target, d.Source))
            .Distinct()
            .ToList();
        var shifts = new List<RelationShift>();
        foreach (var (a, b) in pairs)
        {
            var series = await store.DyadSeriesAsync(a, b, directed: false, window.Granularity, null, window.AsOf, cancellationToken);
            if (ShiftDetector.Detect(series, window) is not { } shift)
            {
                continue;
            }

            var recent = await store.EventsAsync(
                new EventQuery { Dyad = new DyadFilter(a, b), From = shift.RecentFrom, To = shift.RecentTo, Limit = EventQuery.MaxLimit },
                cancellationToken);
            var drivers = shift.Direction == ShiftDirection.Warming
                ? recent.OrderByDescending(e => e.Goldstein).ThenByDescending(e => e.ArticleCount)
                : recent.OrderBy(e => e.Goldstein).ThenByDescending(e => e.ArticleCount);
            shifts.Add(shift with { Drivers = drivers.Take(DriversKept).ToList() });
        }

        return shifts.OrderByDescending(s => Math.Abs(s.Change)).ThenBy(s => s.A, StringComparer.Ordinal).ThenBy(s => s.B, StringComparer.Ordinal).ToList();
    }
}
