using Entente.Knowledge;
using Entente.Pipeline;

namespace Entente.Storage.Tests.Queue;

/// <summary>The reference the queue's workers are held to: one writer coding and storing the articles in order, in a schema of its own.</summary>
internal static class OneWriter
{
    public static async Task<StoreStats> StatsAsync(PostgresDatabase database, IReadOnlyList<Article> articles)
    {
        var pipeline = EventCoding.Create(Lexicon.Default);
        var reference = await database.NewSchemaAsync();
        try
        {
            await using var store = await PostgresEventStore.OpenAsync(reference);
            foreach (var batch in articles.Chunk(32))
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
}
