using Entente.Ingest;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Storage.Queue;

namespace Entente.Storage.Tests.Queue;

/// <summary>What the queue does when there is no PostgreSQL to work with: no server needed.</summary>
public sealed class WorkQueueWithoutServerTests
{
    [Theory]
    [InlineData("corpus.db")]
    [InlineData(null)]
    public void A_sqlite_target_is_refused_in_one_line(string? target)
    {
        var refused = Assert.Throws<StoreException>(() => WorkQueue.Open(target));

        Assert.StartsWith("the work queue needs PostgreSQL", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public async Task A_worker_that_cannot_reach_the_database_retries_with_doubling_waits_and_says_why()
    {
        // Port 1 on the loopback: nothing listens, so every connection is refused at once.
        await using var queue = WorkQueue.Open("Host=127.0.0.1;Port=1;Username=entente;Database=entente;Timeout=2");
        var worker = new QueueWorker(queue, EventCoding.Create(Lexicon.Default), "coder", new WorkerSettings { StopWhenDrained = true });
        var retries = new List<(string Reason, TimeSpan Wait)>();
        // Stopped as soon as the third retry is announced, whatever the machine's speed (a fixed 5 s window failed on
        // a loaded machine); the minute is only a guard against a worker that never retries.
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        worker.Unreachable += (reason, wait) =>
        {
            retries.Add((reason, wait));
            if (retries.Count == 3)
            {
                stop.Cancel();
            }
        };

        var done = await worker.RunAsync(cancellationToken: stop.Token);

        Assert.Equal(WorkerProgress.None, done);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], retries.Select(r => r.Wait));
        Assert.All(retries, r => Assert.StartsWith("cannot reach the server", r.Reason, StringComparison.Ordinal));
    }
}
