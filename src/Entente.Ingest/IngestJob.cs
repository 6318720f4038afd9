using System.Threading.Channels;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Ingest;

/// <summary>
/// Reads, codes and stores articles. Coding runs on its own thread ahead of the single writer, so the two cores of a
/// laptop code and write at once; every article is stored in its own transaction, so whatever the job reported
/// stored survives a kill. A bad item is recorded in the store's error table and the batch goes on; only a failure
/// of the database itself (<see cref="StoreException"/>) stops it.
/// </summary>
public sealed class IngestJob(IEventStore store, TextPipeline pipeline, string coderVersion)
{
    /// <summary>How many coded articles may wait for the writer: enough to keep both threads busy, few enough to stay small.</summary>
    private const int QueueLength = 64;

    public event Action<IngestItemFailure>? Failed;

    public async Task<IngestProgress> RunAsync(IEnumerable<ReadItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var queue = Channel.CreateBounded<Coded>(new BoundedChannelOptions(QueueLength) { SingleReader = true, SingleWriter = true });
        var coding = Task.Run(() => CodeAllAsync(items, queue.Writer, cancellationToken), cancellationToken);
        var state = IngestProgress.None;
        await foreach (var coded in queue.Reader.ReadAllAsync(cancellationToken))
        {
            state = await StoreAsync(coded, state, cancellationToken);
            progress?.Report(state);
        }

        await coding;
        return state;
    }

    /// <summary>Codes again every stored article coded by another coder or dictionary version.</summary>
    public async Task<IngestProgress> RecodeAsync(IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var state = IngestProgress.None;
        foreach (var id in await store.CodedWithOlderVersionAsync(coderVersion, cancellationToken))
        {
            var stored = await store.ArticleAsync(id, cancellationToken);
            var coded = stored is null ? new Coded(id, null, "no longer stored") : Code(id, stored.Article);
            state = await StoreAsync(coded, state, cancellationToken);
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

    private async Task<IngestProgress> StoreAsync(Coded coded, IngestProgress state, CancellationToken cancellationToken)
    {
        state = state with { Read = state.Read + 1 };
        if (coded.Document is null)
        {
            await store.RecordErrorAsync(coded.Item, coded.Problem!, cancellationToken);
            Failed?.Invoke(new IngestItemFailure(coded.Item, coded.Problem!));
            return state with { Failed = state.Failed + 1 };
        }

        var saved = await store.SaveAsync(coded.Document, coderVersion, cancellationToken);
        state = state with { EventsCreated = state.EventsCreated + saved.EventsCreated, EventsJoined = state.EventsJoined + saved.EventsJoined };
        return saved.Outcome switch
        {
            SaveOutcome.Inserted => state with { Inserted = state.Inserted + 1 },
            SaveOutcome.Updated => state with { Updated = state.Updated + 1 },
            _ => state with { Unchanged = state.Unchanged + 1 },
        };
    }

    /// <summary>One item on its way to the writer: a coded document, or the reason there is none.</summary>
    private sealed record Coded(string Item, Document? Document, string? Problem);
}
