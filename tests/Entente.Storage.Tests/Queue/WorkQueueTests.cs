using Entente.Ingest;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Storage.Queue;

namespace Entente.Storage.Tests.Queue;

/// <summary>The PostgreSQL work queue and its in-process workers, each test on a fresh schema.</summary>
[RequiresPostgres]
public sealed class WorkQueueTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly TextPipeline Coder = EventCoding.Create(Lexicon.Default);
    private static readonly string CoderVersion = Entente.Ingest.CoderVersion.Of(Lexicon.Default);

    private string connectionString = null!;
    private WorkQueue queue = null!;

    public async Task InitializeAsync()
    {
        connectionString = await database.NewSchemaAsync();
        queue = WorkQueue.Open(connectionString);
        await queue.PrepareAsync();
    }

    public async Task DisposeAsync()
    {
        await queue.DisposeAsync();
        await PostgresDatabase.DropSchemaAsync(connectionString);
    }

    [StoreFact]
    public async Task Enqueueing_an_article_again_with_the_same_content_queues_it_once_and_changed_content_anew()
    {
        var article = Article.FromText("a-1", "Russia's foreign minister met his North Korean counterpart in Pyongyang.", new DateOnly(2024, 1, 1));
        var changed = Article.FromText("a-1", "Russia's foreign minister met his North Korean counterpart in Pyongyang on Monday.", new DateOnly(2024, 1, 1));

        Assert.Equal([EnqueueOutcome.Added], await queue.EnqueueAsync("in", [article]));
        Assert.Equal([EnqueueOutcome.AlreadyQueued, EnqueueOutcome.Added], await queue.EnqueueAsync("in", [article, changed]));

        var status = await queue.StatusAsync();
        Assert.Equal((2, 0, 0, 0), (status.Pending, status.Running, status.Done, status.Failed));
        var claimed = (await queue.ClaimAsync("worker", 10, TimeSpan.FromMinutes(1), 3)).Articles;
        Assert.Equal([article, changed], claimed.Select(c => c.Article), new ArticleText());
    }

    [StoreFact]
    public async Task Older_content_finished_after_newer_content_does_not_overwrite_it()
    {
        var older = Article.FromText("a-1", "Russia's foreign minister met his North Korean counterpart in Pyongyang.", new DateOnly(2024, 1, 1));
        var newer = Article.FromText("a-1", "Russia's foreign minister met his North Korean counterpart in Pyongyang on Monday.", new DateOnly(2024, 1, 1));
        await queue.EnqueueAsync("in", [older, newer]);
        var slow = Assert.Single((await queue.ClaimAsync("slow", 1, TimeSpan.FromMinutes(1), 3)).Articles);
        var fast = Assert.Single((await queue.ClaimAsync("fast", 1, TimeSpan.FromMinutes(1), 3)).Articles);

        await queue.CompleteAsync("fast", [new CodedArticle(fast.QueueId, Coder.Process(fast.Article))], CoderVersion);
        await queue.CompleteAsync("slow", [new CodedArticle(slow.QueueId, Coder.Process(slow.Article))], CoderVersion);

        await using var store = await PostgresEventStore.OpenAsync(connectionString);
        Assert.Equal(newer.Body, (await store.ArticleAsync("a-1"))!.Article.Body);
        Assert.Equal(2, (await queue.StatusAsync()).Done);
    }

    [StoreFact]
    public async Task A_failed_article_enqueued_again_is_pending_with_its_attempts_reset()
    {
        var article = Article.FromText("a-1", "Text.");
        await queue.EnqueueAsync("in", [article]);
        var claimed = Assert.Single((await queue.ClaimAsync("worker", 10, TimeSpan.FromMinutes(1), 1)).Articles);
        Assert.True(await queue.GiveBackAsync("worker", claimed.QueueId, "broken", maxAttempts: 1));

        Assert.Equal([EnqueueOutcome.Requeued], await queue.EnqueueAsync("in", [article]));

        var again = Assert.Single((await queue.ClaimAsync("worker", 10, TimeSpan.FromMinutes(1), 1)).Articles);
        Assert.Equal((claimed.QueueId, 1), (again.QueueId, again.Attempt));
    }

    [StoreFact]
    public async Task An_unreadable_input_is_a_failed_row_with_its_reason()
    {
        await queue.RecordUnreadableAsync("feed.xml item 3", "no text");

        var status = await queue.StatusAsync();
        Assert.Equal((0, 1), (status.Pending, status.Failed));
        var failure = Assert.Single(status.RecentFailures);
        Assert.Equal(("feed.xml item 3", null, "no text"), (failure.Input, failure.ArticleId, failure.Error));
        Assert.Empty((await queue.ClaimAsync("worker", 10, TimeSpan.FromMinutes(1), 3)).Articles);
    }

    [StoreFact]
    public async Task Concurrent_claimers_never_claim_the_same_row()
    {
        await queue.EnqueueAsync("in", Enumerable.Range(0, 300).Select(i => Article.FromText($"a-{i}", $"Text {i}.")).ToList());

        var claimers = Enumerable.Range(0, 6).Select(n => Task.Run(async () =>
        {
            await using var own = WorkQueue.Open(connectionString);
            var ids = new List<long>();
            while ((await own.ClaimAsync($"claimer-{n}", 7, TimeSpan.FromMinutes(5), 3)).Articles is { Count: > 0 } articles)
            {
                ids.AddRange(articles.Select(a => a.QueueId));
            }

            return ids;
        }));
        var claimed = (await Task.WhenAll(claimers)).SelectMany(ids => ids).ToList();

        Assert.Equal(300, claimed.Count);
        Assert.Equal(300, claimed.Distinct().Count());
        Assert.Equal(300, (await queue.StatusAsync()).Running);
    }

    [StoreFact]
    public async Task An_expired_lease_returns_the_rows_to_the_queue_and_their_first_worker_cannot_finish_them()
    {
        await queue.EnqueueAsync("in", DevArticles.Repeated(1).Take(3).ToList());
        var first = (await queue.ClaimAsync("dies", 10, TimeSpan.FromSeconds(1), 3)).Articles;
        Assert.Equal(3, first.Count);
        Assert.Empty((await queue.ClaimAsync("lives", 10, TimeSpan.FromMinutes(1), 3)).Articles);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var second = (await queue.ClaimAsync("lives", 10, TimeSpan.FromMinutes(1), 3)).Articles;

        Assert.Equal(first.Select(c => c.QueueId), second.Select(c => c.QueueId));
        Assert.All(second, c => Assert.Equal(2, c.Attempt));
        // The first worker, back from a stall, stores its batch (harmlessly) but cannot mark rows it no longer holds.
        await queue.CompleteAsync("dies", first.Select(c => new CodedArticle(c.QueueId, Coder.Process(c.Article))).ToList(), CoderVersion);
        Assert.Equal((3, 0), ((await queue.StatusAsync()).Running, (await queue.StatusAsync()).Done));
        await queue.CompleteAsync("lives", second.Select(c => new CodedArticle(c.QueueId, Coder.Process(c.Article))).ToList(), CoderVersion);
        Assert.Equal(3, (await queue.StatusAsync()).Done);
    }

    [StoreFact]
    public async Task A_renewed_lease_keeps_the_rows_from_other_workers()
    {
        await queue.EnqueueAsync("in", [Article.FromText("a-1", "Text.")]);
        Assert.Single((await queue.ClaimAsync("slow", 10, TimeSpan.FromSeconds(1), 3)).Articles);

        Assert.Equal(1, await queue.RenewAsync("slow", TimeSpan.FromMinutes(1)));
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Empty((await queue.ClaimAsync("other", 10, TimeSpan.FromMinutes(1), 3)).Articles);
    }

    [StoreFact]
    public async Task A_row_whose_workers_keep_dying_is_given_up_after_its_attempts()
    {
        await queue.EnqueueAsync("in", [Article.FromText("crashes-workers", "Text.")]);
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.Single((await queue.ClaimAsync($"dies-{attempt}", 10, TimeSpan.FromMilliseconds(200), 2)).Articles);
            await Task.Delay(TimeSpan.FromMilliseconds(400));
        }

        var claim = await queue.ClaimAsync("lives", 10, TimeSpan.FromMinutes(1), 2);

        Assert.Empty(claim.Articles);
        var givenUp = Assert.Single(claim.GivenUp);
        Assert.Equal(("crashes-workers", 2), (givenUp.ArticleId, givenUp.Attempts));
        Assert.StartsWith("given up after 2 attempts", givenUp.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await queue.StatusAsync()).Failed);
    }

    [StoreFact]
    public async Task Poison_articles_are_failed_after_their_attempts_with_their_errors_while_the_others_are_done()
    {
        var articles = DevArticles.Repeated(1);
        var poisonToCode = Article.FromText("poison-to-code", "The coder breaks on this one.");
        var poisonToStore = Article.FromText("poison-to-store", "The database refuses this one.");
        await queue.EnqueueAsync("in", [poisonToCode, .. articles.Take(20), poisonToStore, .. articles.Skip(20)]);
        var pipeline = new TextPipeline([new Poison(), .. Coder.Stages]);
        var failures = new List<IngestItemFailure>();
        var worker = new QueueWorker(queue, pipeline, CoderVersion, new WorkerSettings { BatchSize = 8, MaxAttempts = 3, StopWhenDrained = true });
        worker.Failed += failures.Add;

        var done = await worker.RunAsync();

        Assert.Equal((articles.Count, 2, 4), (done.Done, done.Failed, done.Retried));
        Assert.Equal(["poison-to-code", "poison-to-store"], failures.Select(f => f.Item).Order(StringComparer.Ordinal));
        var status = await queue.StatusAsync();
        Assert.Equal((0, 0, articles.Count, 2), (status.Pending, status.Running, status.Done, status.Failed));
        var codingFailure = status.RecentFailures.Single(f => f.ArticleId == "poison-to-code");
        Assert.Equal(3, codingFailure.Attempts);
        Assert.Equal("coding failed: InvalidOperationException: the coder breaks", codingFailure.Error);
        var storingFailure = status.RecentFailures.Single(f => f.ArticleId == "poison-to-store");
        Assert.StartsWith("storing failed: ", storingFailure.Error, StringComparison.Ordinal);
        await using var store = await PostgresEventStore.OpenAsync(connectionString);
        Assert.Equal(articles.Count, (await store.StatsAsync()).Articles);
    }

    [StoreFact]
    public async Task Concurrent_workers_store_every_article_once_and_merge_events_as_one_writer_does()
    {
        var articles = DevArticles.Repeated(3);
        await queue.EnqueueAsync("in", articles);

        var workers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await using var own = WorkQueue.Open(connectionString);
            return await new QueueWorker(own, Coder, CoderVersion, new WorkerSettings { BatchSize = 5, StopWhenDrained = true }).RunAsync();
        }));
        var progress = await Task.WhenAll(workers);

        Assert.Equal(articles.Count, progress.Sum(p => p.Done));
        Assert.Equal(articles.Count, (await queue.StatusAsync()).Done);
        var expected = await OneWriter.StatsAsync(database, connectionString, articles);
        await using var store = await PostgresEventStore.OpenAsync(connectionString);
        var stats = await store.StatsAsync();
        Assert.Equal((expected.Articles, expected.Events, expected.Mentions, 0L), (stats.Articles, stats.Events, stats.Mentions, stats.Errors));
    }

    /// <summary>Breaks the coder on one article, and makes another unstorable (PostgreSQL text cannot hold NUL).</summary>
    private sealed class Poison : IStage
    {
        public Document Process(Document document) => document.Article.Id switch
        {
            "poison-to-code" => throw new InvalidOperationException("the coder breaks"),
            "poison-to-store" => document with { Article = document.Article with { Title = "NUL \0 here" } },
            _ => document,
        };
    }

    /// <summary>Articles equal in what the queue keeps of them (records compare lists by reference).</summary>
    private sealed class ArticleText : IEqualityComparer<Article>
    {
        public bool Equals(Article? x, Article? y) =>
            (x?.Id, x?.Body, x?.Published, x?.Passages.Count) == (y?.Id, y?.Body, y?.Published, y?.Passages.Count);

        public int GetHashCode(Article obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
