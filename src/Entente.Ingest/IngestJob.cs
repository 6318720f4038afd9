using System.Threading.Channels;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Ingest;

/// <summary>
/// Reads, codes and stores articles. Coding runs on its own thread ahead of the single writer, so the two cores of a
/// laptop code and write at once. The writer stores whatever coded articles are waiting, up to
/// <see cref="BatchSize"/>, in one transaction and reports progress only after it commits: each article is whole or
/// absent, and whatever the job reported stored survives a kill. A bad item is recorded in the store's error table
/// and the batch goes on; only a failure of the database itself (<see cref="StoreException"/>) stops it.
/// </summary>
public sealed class IngestJob(IEventStore store, TextPipeline pipeline, string coderVersion)
{
    /// <summary>How many coded articles may wait for the writer: enough to keep both threads busy, few enough to stay small.</summary>
    private const int QueueLength = 64;

    /// <summary>The most articles one transaction stores: enough to spread a commit's cost, few enough to report often.</summary>
    private const int BatchSize = 32;

    public event Action<IngestItemFailure>? Failed;

    public async Task<IngestProgress> RunAsync(IEnumerable<ReadItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var queue = Channel.CreateBounded<Coded>(new BoundedChannelOptions(QueueLength) { SingleReader = true, SingleWriter = true });
        var coding = Task.Run(() => CodeAllAsync(items, queue.Writer, cancellationToken), cancellationToken);
        var state = IngestProgress.None;
        var batch = new List<Coded>(BatchSize);
        while (await queue.Reader.WaitToReadAsync(cancellationToken))
        {
            while (batch.Count < BatchSize && queue.Reader.TryRead(out var coded))
            {
                batch.Add(coded);
            }

            state = await StoreAsync(batch, state, cancellationToken);
            batch.Clear();
            progress?.Report(state);
        }

        await coding;
        return state;
    }

    /// <summary>Codes again every stored article coded by another coder or dictionary version.</summary>
    public async Task<IngestProgress> RecodeAsync(IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var state = IngestProgress.None;
        foreach (var ids in (await store.CodedWithOlderVersionAsync(coderVersion, cancellationToken)).Chunk(BatchSize))
        {
            var batch = new List<Coded>(ids.Length);
            foreach (var id in ids)
            {
                var stored = await store.ArticleAsync(id, cancellationToken);
                batch.Add(stored is null ? new Coded(id, null, "no longer stored") : Code(id, stored.Article));
            }

            state = await StoreAsync(batch, state, cancellationToken);
            progress?.Report(state);
        }

        return state;
    }

    private async Task CodeAllAsync(IEnumerable<ReadItem> items, ChannelWriter<Coded> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var item in items)
            {
                var coded = item.Problem is { } problem
                    ? new Coded(problem.Input, null, problem.Reason)
                    : Code(item.Article!.Id, item.Article);
                await writer.WriteAsync(coded, cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            writer.Complete(exception);
        }
    }

    private Coded Code(string item, Article article)
    {
        try
        {
            return new Coded(item, pipeline.Process(article), null);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
        {
            // A coder bug on one article must not stop a day's ingest: the article is recorded as failed, with why.
            return new Coded(item, null, $"coding failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private async Task<IngestProgress> StoreAsync(List<Coded> batch, IngestProgress state, CancellationToken cancellationToken)
    {
        state = state with { Read = state.Read + batch.Count };
        foreach (var failed in batch.Where(c => c.Document is null))
        {
            await store.RecordErrorAsync(failed.Item, failed.Problem!, cancellationToken);
            Failed?.Invoke(new IngestItemFailure(failed.Item, failed.Problem!));
            state = state with { Failed = state.Failed + 1 };
        }

        var documents = batch.Where(c => c.Document is not null).Select(c => c.Document!).ToList();
        if (documents.Count == 0)
        {
            return state;
        }

        foreach (var saved in await store.SaveAllAsync(documents, coderVersion, cancellationToken))
        {
            state = state with { EventsCreated = state.EventsCreated + saved.EventsCreated, EventsJoined = state.EventsJoined + saved.EventsJoined };
            state = saved.Outcome switch
            {
                SaveOutcome.Inserted => state with { Inserted = state.Inserted + 1 },
                SaveOutcome.Updated => state with { Updated = state.Updated + 1 },
                _ => state with { Unchanged = state.Unchanged + 1 },
            };
        }

        return state;
    }

    /// <summary>One item on its way to the writer: a coded document, or the reason there is none.</summary>
    private sealed record Coded(string Item, Document? Document, string? Problem);
}
