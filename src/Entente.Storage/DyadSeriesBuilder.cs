namespace Entente.Storage;

/// <summary>
/// Counts a pair's events per period. An event that links the pair both ways ("the two sides agreed") appears in
/// both directions' rows but counts once. Written as plain loops: a busy pair has tens of thousands of rows.
/// </summary>
internal static class DyadSeriesBuilder
{
    public static IReadOnlyList<DyadPoint> Points(List<DyadEvent> rows, Granularity granularity, DateOnly? from, DateOnly? to)
    {
        var seen = new HashSet<long>(rows.Count);
        var byPeriod = new Dictionary<DateOnly, List<DyadEvent>>();
        foreach (var row in rows)
        {
            if (!seen.Add(row.EventId))
            {
                continue;
            }

            var period = Periods.StartOf(row.Day, granularity);
            if (!byPeriod.TryGetValue(period, out var events))
            {
                byPeriod[period] = events = [];
            }

            events.Add(row);
        }

        if (byPeriod.Count == 0 && (from is null || to is null))
        {
            return [];
        }

        var first = from ?? byPeriod.Keys.Min();
        var last = to ?? byPeriod.Keys.Max();
        var points = new List<DyadPoint>();
        foreach (var start in Periods.Between(first, last, granularity))
        {
            points.Add(byPeriod.TryGetValue(start, out var events) ? Point(start, events) : new DyadPoint(start, 0, QuadClassCounts.None, 0, 0, []));
        }

        return points;
    }

    private static DyadPoint Point(DateOnly start, List<DyadEvent> events)
    {
        // The two directions arrive one after the other; a point lists its events by day, then id.
        events.Sort((x, y) => x.Day != y.Day ? x.Day.CompareTo(y.Day) : x.EventId.CompareTo(y.EventId));
        var counts = new int[5];
        var sum = 0.0;
        var ids = new long[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            counts[events[i].QuadClass]++;
            sum += events[i].Goldstein;
            ids[i] = events[i].EventId;
        }

        return new DyadPoint(start, events.Count, new QuadClassCounts(counts[1], counts[2], counts[3], counts[4]), sum, sum / events.Count, ids);
    }
}
