using Entente.Storage;
using Entente.Storage.Relations;
using Entente.Web.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages;

/// <summary>The overview: the corpus at a glance — biggest shifts, busiest dyads, the countries, the latest events.</summary>
public sealed class IndexModel(IEventStore store, DashboardQueries queries, ShiftFinder shifts) : PageModel
{
    private const int Shown = 12;

    public StoreStats Stats { get; private set; } = new(0, 0, 0, 0);

    public IReadOnlyList<RelationShift> Shifts { get; private set; } = [];

    public IReadOnlyList<Relation> Relations { get; private set; } = [];

    public IReadOnlyList<string> Countries { get; private set; } = [];

    public IReadOnlyList<StoredEvent> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stats = await store.StatsAsync(cancellationToken);
        Shifts = (await shifts.FindAsync(null, 3, Granularity.Month, 3.0, cancellationToken)).Take(Shown).ToList();
        var relations = await queries.RelationsAsync(cancellationToken);
        Relations = relations.Take(Shown).ToList();
        Countries = relations.SelectMany(r => new[] { (r.A, r.Events), (r.B, r.Events) })
            .GroupBy(c => c.Item1, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(c => c.Events))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .Take(40)
            .ToList();
        Latest = await store.EventsAsync(new EventQuery { Limit = 20, MentionsPerEvent = 1 }, cancellationToken);
    }
}
