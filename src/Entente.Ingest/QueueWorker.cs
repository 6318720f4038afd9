using System.Globalization;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Storage.Queue;

namespace Entente.Ingest;

/// <summary>
/// Drains the PostgreSQL work queue, alongside any number of other workers: claims a batch, codes it, and stores the
/// articles, their events and the batch's completion in one transaction. An article that fails to code or store is
/// given back with its error (and given up after its attempts) while the rest of its batch is stored: a batch that
/// fails to store whole is stored one article at a time. A lost database is waited out with exponential backoff, and
/// what the worker held is given back when it returns. Cancelling stops cleanly: a batch being coded is given back, one
/// being stored is finished.
/// </summary>
public sealed class QueueWorker(WorkQueue queue, TextPipeline pipeline, string coderVersion, WorkerSettings settings)
{
    /// <summary>Names this worker's leases, so an operator can tell which machine and process holds a row.</summary>
    public string Owner { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}");

    /// <summary>An article given up for good, named by its id (or its input when it never became one), with why.</summary>
    public event Action<IngestItemFailure>? Failed;

    /// <summary>The database could not be reached: why, and how long the worker waits before it tries again.</summary>
    public event Action<string, TimeSpan>? Unreachable;

    public async Task<WorkerProgress> RunAsync(IProgress<WorkerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var state = WorkerProgress.None;
        var prepared = false;
        var holdsRowsOfALostConnection = false;
        var unreachableInARow = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            TimeSpan? backoff = null;
            try
            {
                if (!prepared)
                {
                    await queue.PrepareAsync(cancellationToken);
                    prepared = true;
                }

                if (holdsRowsOfALostConnection)
                {
                    // Whatever this worker held when the database went away is claimable now, not only after its lease.
                    await queue.AbandonAsync(Owner, cancellationToken);
                    holdsRowsOfALostConnection = false;
                }

                var claim = await queue.ClaimAsync(Owner, settings.BatchSize, settings.Lease, settings.MaxAttempts, cancellationToken);
                unreachableInARow = 0;
                foreach (var givenUp in claim.GivenUp)
                {
                    Failed?.Invoke(new IngestItemFailure(givenUp.ArticleId ?? givenUp.Input, givenUp.Error));
                    state = state with { Failed = state.Failed + 1 };
                }

                if (claim.Articles.Count == 0)
                {
                    if (claim.GivenUp.Count == 0)
                    {
                        if (settings.StopWhenDrained && await queue.IsDrainedAsync(cancellationToken))
                        {
                            break;
                        }

                        await Task.Delay(settings.PollInterval, cancellationToken);
                    }

                    continue;
                }

                state = await ProcessRenewingLeaseAsync(claim.Articles, state, cancellationToken);
                progress?.Report(state);
            }
            catch (StoreException exception) when (queue.UnreachableReason(exception) is { } reason)
            {
                unreachableInARow++;
                holdsRowsOfALostConnection = prepared;
                backoff = Backoff(unreachableInARow);
                Unreachable?.Invoke(reason, backoff.Value);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (backoff is { } wait && !await DelayAsync(wait, cancellationToken))
            {
                break;
            }
        }

        await GiveBackHeldAsync();
        return state;
    }

    private async Task<WorkerProgress> ProcessRenewingLeaseAsync(IReadOnlyList<ClaimedArticle> batch, WorkerProgress state, CancellationToken cancellationToken)
    {
        using var batchEnded = new CancellationTokenSource();
        var renewal = RenewLeaseAsync(batchEnded.Token);
        try
        {
            return await ProcessAsync(batch, state, cancellationToken);
        }
        finally
        {
            await batchEnded.CancelAsync();
            await renewal;
        }
    }

    /// <summary>
    /// Renews this worker's lease every third of it until the batch ends, so a batch that waits long for the store's
    /// locks is not taken over (and its attempts used up) while its worker is alive.
    /// </summary>
    private async Task RenewLeaseAsync(CancellationToken batchEnded)
    {
        using var timer = new PeriodicTimer(settings.Lease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(batchEnded))
            {
                try
                {
                    await queue.RenewAsync(Owner, settings.Lease, batchEnded);
                }
                catch (StoreException)
                {
                    // A lost database is the batch's own statements' to report; the rows expire if it stays lost.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The batch ended.
        }
    }

    /// <summary>1 s, 2 s, 4 s … doubling up to the ceiling.</summary>
    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(attempt - 1, 16)), settings.MaxBackoff.TotalSeconds));

    private static async Task<bool> DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<WorkerProgress> ProcessAsync(IReadOnlyList<ClaimedArticle> batch, WorkerProgress state, CancellationToken cancellationToken)
    {
        var coded = new List<CodedArticle>(batch.Count);
        foreach (var claimed in batch)
        {
            // Stopping while coding gives the whole batch back (on the way out), uncounted.
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                coded.Add(new CodedArticle(claimed.QueueId, pipeline.Process(claimed.Article)));
            }
            catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
            {
                // A coder bug on one article must not stop the queue: it is retried, then given up with its error.
                state = await GiveBackAsync(claimed, $"coding failed: {exception.GetType().Name}: {exception.Message}", state);
            }
        }

        if (coded.Count == 0)
        {
            return state;
        }

        // Stores are not cancelled: a batch that reached the database is finished, so stopping never wastes it.
        try
        {
            return Count(state, await queue.CompleteAsync(Owner, coded, coderVersion, CancellationToken.None), coded.Count);
        }
        catch (StoreException exception) when (queue.UnreachableReason(exception) is null)
        {
            // One article can fail the whole transaction: store them one by one so only the one at fault is given back.
            foreach (var one in coded)
            {
                try
                {
                    state = Count(state, await queue.CompleteAsync(Owner, [one], coderVersion, CancellationToken.None), 1);
                }
                catch (StoreException single) when (queue.UnreachableReason(single) is null)
                {
                    state = await GiveBackAsync(batch.First(c => c.QueueId == one.QueueId), $"storing failed: {single.Message}", state);
                }
            }

            return state;
        }
    }

    private async Task<WorkerProgress> GiveBackAsync(ClaimedArticle claimed, string error, WorkerProgress state)
    {
        if (await queue.GiveBackAsync(Owner, claimed.QueueId, error, settings.MaxAttempts, CancellationToken.None))
        {
            Failed?.Invoke(new IngestItemFailure(claimed.Article.Id, error));
            return state with { Failed = state.Failed + 1 };
        }

        return state with { Retried = state.Retried + 1 };
    }

    private static WorkerProgress Count(WorkerProgress state, IReadOnlyList<SaveResult> results, int done) => state with
    {
        Done = state.Done + done,
        EventsCreated = state.EventsCreated + results.Sum(r => r.EventsCreated),
        EventsJoined = state.EventsJoined + results.Sum(r => r.EventsJoined),
    };

    private async Task GiveBackHeldAsync()
    {
        try
        {
            await queue.AbandonAsync(Owner, CancellationToken.None);
        }
        catch (StoreException)
        {
            // The database is gone: the rows return when their lease expires.
        }
    }
}
