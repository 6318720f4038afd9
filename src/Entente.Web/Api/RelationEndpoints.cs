using System.ComponentModel;
using Entente.Storage;
using Entente.Storage.Relations;

namespace Entente.Web.Api;

/// <summary><c>/api/relations</c> and <c>/api/shifts</c>: a dyad's series, and the dyads departing from their baseline.</summary>
public static class RelationEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/relations").WithTags("Relations")
            .MapGet("/{a}/{b}", SeriesAsync).WithName("GetRelations").WithSummary("Events between two countries per period, zeros included");
        routes.MapGroup("/api/shifts").WithTags("Relations")
            .MapGet("/", ShiftsAsync).WithName("ListShifts").WithSummary("Pairs whose recent window departs from their own baseline, largest change first");
    }

    private static Task<DyadSeries> SeriesAsync(
        IEventStore store,
        string a,
        string b,
        [Description("day, week or month (default)")] string? by,
        [Description("true: only a acting on b")] string? directed,
        [Description("First day, YYYY-MM-DD")] string? from,
        [Description("Last day, YYYY-MM-DD")] string? to,
        CancellationToken cancellationToken) =>
        store.DyadSeriesAsync(
            Parameters.Country("a", a),
            Parameters.Country("b", b),
            Parameters.Flag("directed", directed),
            Parameters.Granularity("by", by),
            Parameters.Day("from", from),
            Parameters.Day("to", to),
            cancellationToken);

    private static Task<IReadOnlyList<RelationShift>> ShiftsAsync(
        ShiftFinder shifts,
        [Description("The recent window's last day, YYYY-MM-DD (default: the latest event day)")] string? asOf,
        [Description("Periods in the recent window, 1 to 24 (default 3)")] string? recent,
        [Description("week or month (default)")] string? by,
        [Description("Least change in mean Goldstein per event, 0 to 20 (default 3)")] string? minChange,
        CancellationToken cancellationToken) =>
        shifts.FindAsync(
            Parameters.Day("asOf", asOf),
            Parameters.Number("recent", recent, 3, 1, 24),
            Parameters.Granularity("by", by),
            Parameters.Decimal("minChange", minChange, 3.0, 0, 20),
            cancellationToken);
}
