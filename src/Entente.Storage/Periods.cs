namespace Entente.Storage;

/// <summary>The calendar periods series are counted in.</summary>
internal static class Periods
{
    public static DateOnly StartOf(DateOnly day, Granularity granularity) => granularity switch
    {
        Granularity.Day => day,
        Granularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        Granularity.Month => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    public static DateOnly Next(DateOnly periodStart, Granularity granularity) => granularity switch
    {
        Granularity.Day => periodStart.AddDays(1),
        Granularity.Week => periodStart.AddDays(7),
        Granularity.Month => periodStart.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    /// <summary>Every period start from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>.</summary>
    public static IEnumerable<DateOnly> Between(DateOnly first, DateOnly last, Granularity granularity)
    {
        var end = StartOf(last, granularity);
        for (var start = StartOf(first, granularity); start <= end; start = Next(start, granularity))
        {
            yield return start;
        }
    }
}
