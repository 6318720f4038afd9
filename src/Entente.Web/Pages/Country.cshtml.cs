using System.Text.Json;
using Entente.Storage;
using Entente.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages;

/// <summary>A country: its relations as a network (colour by mean Goldstein, width by volume) and its events on a timeline.</summary>
public sealed class CountryModel(IEventStore store, DashboardQueries queries) : PageModel
{
    /// <summary>Enough events for a readable timeline; the table pages on from there through the API.</summary>
    private const int TimelineEvents = 200;

    private const int TableEvents = 30;

    public string Code { get; private set; } = "";

    public IReadOnlyList<Relation> Relations { get; private set; } = [];

    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];

    /// <summary>The network for cytoscape, read by country.js from a data attribute (the page encodes it).</summary>
    public string GraphJson { get; private set; } = "{}";

    public string TimelineJson { get; private set; } = "[]";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Code = Parameters.Country("code", code);
        Relations = await queries.RelationsOfAsync(Code, cancellationToken);
        // The timeline shows each event by its type and countries, the table by one line of evidence.
        var events = await store.EventsAsync(new EventQuery { Country = Code, Limit = TimelineEvents, MentionsPerEvent = 0 }, cancellationToken);
        if (Relations.Count == 0 && events.Count == 0)
        {
            return NotFound();
        }

        Events = await store.EventsAsync(new EventQuery { Country = Code, Limit = TableEvents, MentionsPerEvent = 1 }, cancellationToken);
        GraphJson = JsonSerializer.Serialize(new
        {
            center = Code,
            nodes = Relations.Select(r => r.Partner(Code)).Prepend(Code),
            edges = Relations.Select(r => new { source = r.A, target = r.B, events = r.Events, goldstein = Math.Round(r.GoldsteinMean, 2) }),
        });
        TimelineJson = JsonSerializer.Serialize(events.Where(e => e.Day is not null).Select(e => new
        {
            id = e.Id,
            start = Show.Day(e.Day),
            label = $"{e.Type} {Show.Countries(e.ActorCountries)} → {Show.Countries(e.RecipientCountries)}",
            tone = Show.Tone(e.Goldstein),
        }));
        return Page();
    }
}
