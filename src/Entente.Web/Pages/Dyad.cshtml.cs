using System.Text.Json;
using Entente.Storage;
using Entente.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages;

/// <summary>
/// A dyad: cooperation and conflict per month either way round, and the events under a month — the whole page with
/// <c>?period=</c>, or just the list for htmx with <c>?handler=events&amp;period=</c>.
/// </summary>
public sealed class DyadModel(IEventStore store) : PageModel
{
    private const int EventsPerPeriod = 200;

    public string A { get; private set; } = "";

    public string B { get; private set; } = "";

    public DyadSeries Series { get; private set; } = new("", "", false, Granularity.Month, []);

    public PeriodEvents? Period { get; private set; }

    /// <summary>The chart's data for dyad.js, read from a data attribute (the page encodes it).</summary>
    public string ChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string a, string b, string? period, CancellationToken cancellationToken)
    {
        A = Parameters.Country("a", a);
        B = Parameters.Country("b", b);
        Series = await store.DyadSeriesAsync(A, B, directed: false, Granularity.Month, cancellationToken: cancellationToken);
        if (Series.Points.Count == 0)
        {
            return NotFound();
        }

        Period = Parameters.Day("period", period) is { } start ? await PeriodAsync(start, cancellationToken) : null;
        ChartJson = JsonSerializer.Serialize(new
        {
            periods = Series.Points.Select(p => Show.Day(p.PeriodStart)),
            labels = Series.Points.Select(p => Show.Month(p.PeriodStart)),
            cooperation = Series.Points.Select(p => p.QuadClasses.VerbalCooperation + p.QuadClasses.MaterialCooperation),
            conflict = Series.Points.Select(p => p.QuadClasses.VerbalConflict + p.QuadClasses.MaterialConflict),
            goldstein = Series.Points.Select(p => Math.Round(p.GoldsteinMean, 2)),
        });
        return Page();
    }

    public async Task<IActionResult> OnGetEventsAsync(string a, string b, string? period, CancellationToken cancellationToken)
    {
        A = Parameters.Country("a", a);
        B = Parameters.Country("b", b);
        var start = Parameters.Day("period", period) ?? throw BadParameterException.For("period", "the first day of a month, YYYY-MM-DD", null);
        return Partial("_PeriodEvents", await PeriodAsync(start, cancellationToken));
    }

    private async Task<PeriodEvents> PeriodAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var start = new DateOnly(day.Year, day.Month, 1);
        var events = await store.EventsAsync(
            new EventQuery { Dyad = new DyadFilter(A, B), From = start, To = start.AddMonths(1).AddDays(-1), Limit = EventsPerPeriod, MentionsPerEvent = 1 },
            cancellationToken);
        return new PeriodEvents(A, B, start, events);
    }
}
