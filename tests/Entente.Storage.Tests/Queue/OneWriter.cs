using Entente.Knowledge;
using Entente.Pipeline;
using Npgsql;

namespace Entente.Storage.Tests.Queue;

/// <summary>
/// The reference the queue's workers are held to: one writer coding and storing the articles, in a schema of its own,
/// in the order the workers' store committed them. Merging is greedy (an event's day and people move as mentions join
/// it), so the same articles stored in another order may merge differently; writers that serialise correctly give
/// exactly what one writer gives in their commit order.
/// </summary>
internal static class OneWriter
{
    public static async Task<StoreStats> StatsAsync(PostgresDatabase database, string workersStore, IReadOnlyList<Article> articles)
    {
        var inCommitOrder = await InCommitOrderAsync(workersStore, articles);
        var pipeline = EventCoding.Create(Lexicon.Default);
        var reference = await database.NewSchemaAsync();
        try
        {
            await using var store = await PostgresEventStore.OpenAsync(reference);
            foreach (var batch in inCommitOrder.Chunk(32))
            {
                await store.SaveAllAsync(batch.Select(pipeline.Process).ToList(), Ingest.CoderVersion.Of(Lexicon.Default));
            }

            return await store.StatsAsync();
        }
        finally
        {
            await PostgresDatabase.DropSchemaAsync(reference);
        }
    }

    /// <summary>
    /// Articles by their stored sequence number: writers insert an article only while holding every event-type lock,
    /// so sequence order is commit order. Articles the workers did not store come last, in their given order.
    /// </summary>
    private static async Task<List<Article>> InCommitOrderAsync(string workersStore, IReadOnlyList<Article> articles)
    {
        await using var data = NpgsqlDataSource.Create(workersStore);
        await using var command = data.CreateCommand("SELECT id FROM articles ORDER BY seq");
        await using var reader = await command.ExecuteReaderAsync();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            position[reader.GetString(0)] = position.Count;
        }

        return articles.Select((article, given) => (article, given))
            .OrderBy(a => position.TryGetValue(a.article.Id, out var stored) ? stored : int.MaxValue)
            .ThenBy(a => a.given)
            .Select(a => a.article)
            .ToList();
    }
}
