using System.Diagnostics;
using System.Globalization;
using Entente.Ingest;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Storage.Queue;
using Npgsql;

namespace Entente.QueueBench;

/// <summary>
/// Articles/s of the work queue on this machine: N articles (the development articles repeated under new ids) are
/// enqueued into a fresh PostgreSQL database, then 1, 2 and 4 <c>entente worker --once</c> processes drain it (a
/// fresh database each run), and the coder alone codes them in-process on one thread, for comparison. Usage:
/// <c>dotnet run -c Release --project bench/Entente.QueueBench -- [--articles N] [--workers 1,2,4] [--server CONNECTION]</c>;
/// the server (whose user may create databases) defaults to <c>$ENTENTE_TEST_POSTGRES</c>.
/// </summary>
public static class QueueBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = 4_000;
        var workerCounts = new[] { 1, 2, 4 };
        var server = Environment.GetEnvironmentVariable("ENTENTE_TEST_POSTGRES");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--articles":
                    count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--workers":
                    workerCounts = args[i + 1].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--server":
                    server = args[i + 1];
                    break;
                default:
                    await Console.Error.WriteLineAsync($"unknown option {args[i]}");
                    return 1;
            }
        }

        if (string.IsNullOrWhiteSpace(server))
        {
            await Console.Error.WriteLineAsync("no PostgreSQL server: pass --server or set ENTENTE_TEST_POSTGRES (see .ci/postgres.sh)");
            return 1;
        }

        var articles = DevArticles(count);
        var distinct = articles.Select(a => a.Id[..a.Id.LastIndexOf('#')]).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{articles.Count} articles ({distinct} distinct, {articles.Average(a => a.Body.Length):0} chars each on average); {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"coder alone, in-process, one thread: {CoderAlone(articles):0} articles/s"));
        foreach (var workers in workerCounts)
        {
            var (wall, steady) = await DrainAsync(server, articles, workers);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{workers} worker process{(workers == 1 ? "" : "es")}: {steady:0} articles/s from first claim to last commit; {wall:0} articles/s counting process start-up"));
        }

        return 0;
    }

    private static List<Article> DevArticles(int count)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Entente.slnx")))
        {
            root = root.Parent;
        }

        var eval = Path.Combine(root?.FullName ?? Directory.GetCurrentDirectory(), "..", "shared", "eval");
        var originals = new ArticleSource().Read([Path.Combine(eval, "news-dev.jsonl"), Path.Combine(eval, "news-dev-world.jsonl")])
            .Where(item => item.IsArticle)
            .Select(item => item.Article!)
            .ToList();
        return Enumerable.Range(0, count)
            .Select(i => originals[i % originals.Count] with { Id = string.Create(CultureInfo.InvariantCulture, $"{originals[i % originals.Count].Id}#{i / originals.Count}") })
            .ToList();
    }

    private static double CoderAlone(List<Article> articles)
    {
        var pipeline = EventCoding.Create(Lexicon.Default);
        foreach (var article in articles.Take(200))
        {
            pipeline.Process(article);
        }

        var clock = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            pipeline.Process(article);
        }

        return articles.Count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Enqueues into a fresh database, drains it with worker processes, and returns articles/s wall-clock and between the first claim and the last commit.</summary>
    private static async Task<(double Wall, double Steady)> DrainAsync(string server, List<Article> articles, int workers)
    {
        var database = "entente_queuebench_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            await using (var queue = WorkQueue.Open(connectionString))
            {
                await queue.PrepareAsync();
                foreach (var chunk in articles.Chunk(500))
                {
                    await queue.EnqueueAsync("bench", chunk);
                }
            }

            var clock = Stopwatch.StartNew();
            var processes = Enumerable.Range(0, workers).Select(_ => Process.Start(new ProcessStartInfo(
                "dotnet",
                [Path.Combine(AppContext.BaseDirectory, "entente.dll"), "worker", "--db", connectionString, "--once"])
            {
                RedirectStandardOutput = true,
            })!).ToList();
            foreach (var process in processes)
            {
                // Read the (few) progress lines so a full pipe never stalls a worker.
                await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"a worker exited with {process.ExitCode}");
                }

                process.Dispose();
            }

            var wall = articles.Count / clock.Elapsed.TotalSeconds;
            await using var data = NpgsqlDataSource.Create(connectionString);
            await using var command = data.CreateCommand(
                "SELECT COUNT(*) FILTER (WHERE status = 'done'), EXTRACT(EPOCH FROM MAX(finished_at) - MIN(claimed_at)) FROM work_queue");
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var done = reader.GetInt64(0);
            if (done != articles.Count)
            {
                throw new InvalidOperationException($"{done} of {articles.Count} articles done");
            }

            return (wall, done / Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE {database} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var data = NpgsqlDataSource.Create(connectionString);
        await using var command = data.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
