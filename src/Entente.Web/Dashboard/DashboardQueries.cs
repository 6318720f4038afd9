using Entente.Storage;

namespace Entente.Web.Dashboard;

/// <summary>The corpus-wide questions the pages ask on every view, kept in the <see cref="CorpusCache"/>.</summary>
public sealed class DashboardQueries(IEventStore store, CorpusCache cache)
{
    /// <summary>The most the store lists: every busy pair of a corpus; the quietest pairs of a very wide one drop out of the networks.</summary>
    private const int PairsRead = EventQuery.MaxLimit;

    public Task<IReadOnlyList<DyadCount>> DirectedPairsAsync(CancellationToken cancellationToken) =>
        cache.GetAsync("directed pairs", token => store.DyadsAsync(limit: PairsRead, cancellationToken: token), cancellationToken);

    /// <summary>Pairs either way round, busiest first: what "the busiest dyads" means to a reader.</summary>
    public async Task<IReadOnlyList<Relation>> RelationsAsync(CancellationToken cancellationToken) =>
        Relation.Combine(await DirectedPairsAsync(cancellationToken));

    /// <summary>The relations one country takes part in, busiest first.</summary>
    public async Task<IReadOnlyList<Relation>> RelationsOfAsync(string country, CancellationToken cancellationToken) =>
        (await RelationsAsync(cancellationToken)).Where(r => r.A == country || r.B == country).ToList();
}
