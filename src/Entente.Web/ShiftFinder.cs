using System.Globalization;
using Entente.Storage;
using Entente.Storage.Relations;

namespace Entente.Web;

/// <summary>
/// The shifting relations as of a day, by default the store's latest event day, as <c>entente shifts</c> finds them.
/// Finding them reads every busy dyad's series, so answers are kept in the <see cref="CorpusCache"/>.
/// </summary>
public sealed class ShiftFinder(IEventStore store, CorpusCache cache)
{
    public Task<IReadOnlyList<RelationShift>> FindAsync(DateOnly? asOf, int recentPeriods, Granularity granularity, double minChange, CancellationToken cancellationToken) =>
        cache.GetAsync(
            string.Create(CultureInfo.InvariantCulture, $"shifts {asOf:yyyy-MM-dd} {recentPeriods} {granularity} {minChange:R}"),
            async token =>
            {
                var newest = await store.EventsAsync(new EventQuery { Limit = 1, MentionsPerEvent = 0 }, token);
                var latest = asOf ?? (newest.Count > 0 ? newest[0].Day : null);
                return latest is { } day
                    ? await RelationShifts.FindAsync(store, new ShiftWindow(day, granularity, recentPeriods, MinChange: minChange), token)
                    : [];
            },
            cancellationToken);
}
