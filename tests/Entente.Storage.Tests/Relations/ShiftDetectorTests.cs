using Entente.Storage.Relations;

namespace Entente.Storage.Tests.Relations;

public sealed class ShiftDetectorTests
{
    private static readonly ShiftWindow JuneWindow = new(new DateOnly(2024, 6, 20));

    /// <summary>A monthly series from January 2024, one entry per month: the Goldstein value of each event that month.</summary>
    private static DyadSeries Monthly(params double[][] months) => new(
        "PRK",
        "RUS",
        Directed: false,
        Granularity.Month,
        months.Select((events, i) => new DyadPoint(
            new DateOnly(2024, 1 + i, 1),
            events.Length,
            QuadClassCounts.None,
            events.Sum(),
            events.Length == 0 ? 0 : events.Average(),
            Enumerable.Range(i * 10, events.Length).Select(n => (long)n).ToList())).ToList());

    [Fact]
    public void The_recent_window_is_the_last_periods_up_to_the_day()
    {
        Assert.Equal(new DateOnly(2024, 4, 1), ShiftDetector.RecentFrom(JuneWindow));
        Assert.Equal(new DateOnly(2024, 6, 10), ShiftDetector.RecentFrom(new ShiftWindow(new DateOnly(2024, 6, 20), Granularity.Day, 11)));
    }

    [Fact]
    public void Conflict_after_cooperation_is_a_cooling_by_the_change_in_mean_goldstein()
    {
        var shift = ShiftDetector.Detect(Monthly([1, 4], [4], [], [-10], [-8, -7], []), JuneWindow);

        Assert.NotNull(shift);
        Assert.Equal(ShiftDirection.Cooling, shift.Direction);
        Assert.Equal((3.0, 3), (shift.BaselineMean, shift.BaselineEvents));
        Assert.Equal((-8.33, 3), (shift.RecentMean, shift.RecentEvents));
        Assert.Equal(-11.33, shift.Change, 2);
        Assert.Equal((new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 20)), (shift.RecentFrom, shift.RecentTo));
    }

    [Fact]
    public void Cooperation_after_conflict_is_a_warming()
    {
        Assert.Equal(ShiftDirection.Warming, ShiftDetector.Detect(Monthly([-8, -2], [], [], [4, 8]), JuneWindow)?.Direction);
    }

    [Fact]
    public void Small_changes_and_thin_windows_are_no_shift()
    {
        Assert.Null(ShiftDetector.Detect(Monthly([1, 4], [], [], [2, 3]), JuneWindow));
        Assert.Null(ShiftDetector.Detect(Monthly([8], [], [], [-10, -10]), JuneWindow));
        Assert.Null(ShiftDetector.Detect(Monthly([8, 8], [], [], [-10]), JuneWindow));
        Assert.Null(ShiftDetector.Detect(Monthly(), JuneWindow));
    }
}
