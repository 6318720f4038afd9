using System.Collections.Concurrent;
using Entente.Storage;

namespace Entente.Web;

/// <summary>
/// Keeps the answers of the costly corpus-wide questions (shifts examine hundreds of dyads; the busiest pairs group
/// every event) while the store holds the same counts of articles, events and mentions. The counts are one cheap
/// query, so an ingest by this server or by another process (<c>entente ingest</c> on the same file) is seen on the
/// next request; <see cref="MaxAge"/> bounds what a recode that changes no count can leave stale.
/// </summary>
public sealed class CorpusCache(IEventStore store, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var stats = await store.StatsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(key, out var entry) && entry.Stats == stats && now - entry.At < MaxAge && entry.Value is T cached)
        {
            return cached;
        }

        var value = await compute(cancellationToken);
        entries[key] = new Entry(stats, now, value);
        return value;
    }

    public void Clear() => entries.Clear();

    private sealed record Entry(StoreStats Stats, DateTimeOffset At, object Value);
}
