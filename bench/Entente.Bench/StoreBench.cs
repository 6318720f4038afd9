using System.Diagnostics;
using System.Globalization;
using Entente.Ingest;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Bench;

/// <summary>
/// The corpus store's figures on a fresh SQLite file: end-to-end ingest (read, code, store) of the development
/// articles repeated under new ids; then the store filled with synthetic events to <c>--events</c> and a dyad series
/// timed over it (median of 21 queries), with the database's bytes per stored event. Usage:
/// <c>dotnet run -c Release --project bench/Entente.Bench -- store [--articles N] [--events M] [GOLD.jsonl ...]</c>.
/// </summary>
public static class StoreBench
{
    private const int Queries = 21;

    public static async Task<int> RunAsync(string[] args)
    {
        var articlesWanted = 10_000;
        var eventsWanted = 1_000_000;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--articles" when i + 1 < args.Length:
                    articlesWanted = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--events" when i + 1 < args.Length:
                    eventsWanted = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }

        if (inputs.Count == 0)
        {
            inputs.Add(Path.Combine("..", "shared", "eval", "news-dev.jsonl"));
            inputs.Add(Path.Combine("..", "shared", "eval", "news-dev-world.jsonl"));
        }

        var articles = new ArticleSource().Read(inputs).Where(i => i.Article is not null).Select(i => i.Article!).ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"entente-bench-{Environment.ProcessId}.db");
        try
        {
            await using var store = await EventStores.OpenAsync(path);
            var lexicon = Lexicon.Default;
            var job = new IngestJob(store, EventCoding.Create(lexicon), CoderVersion.Of(lexicon));
            var items = Enumerable.Range(0, articlesWanted).Select(i => (ReadItem)(articles[i % articles.Length] with { Id = $"{articles[i % articles.Length].Id}#{i}" }));
            var watch = Stopwatch.StartNew();
            var done = await job.RunAsync(items);
            watch.Stop();
            var stats = await store.StatsAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest (read, code, store in SQLite): {done.Read / watch.Elapsed.TotalSeconds:F0} articles/s ({done.Read} articles, {stats.Events} events, {stats.Mentions} mentions, {watch.Elapsed.TotalSeconds:F1} s)"));

            var ingested = DatabaseBytes(path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"database after the ingest: {ingested / (1024.0 * 1024.0):F1} MB, {ingested / (double)stats.Mentions:F0} bytes per stored mention (article text, full-text index, evidence offsets, indexes)"));

            var filling = Stopwatch.StartNew();
            var filled = await SyntheticCorpus.FillAsync(store, eventsWanted - (int)stats.Events);
            stats = await store.StatsAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"filled with {filled} synthetic events in {filling.Elapsed.TotalSeconds:F0} s ({filled / filling.Elapsed.TotalSeconds:F0} events/s stored and merged)"));
            foreach (var directed in new[] { true, false })
            {
                var timings = new List<double>();
                var points = 0;
                for (var q = 0; q < Queries; q++)
                {
                    var timer = Stopwatch.StartNew();
                    var series = await store.DyadSeriesAsync("USA", "CHN", directed, Granularity.Month);
                    timings.Add(timer.Elapsed.TotalMilliseconds);
                    points = series.Points.Sum(p => p.Events);
                }

                timings.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"dyad series USA {(directed ? "→" : "↔")} CHN by month over {stats.Events} stored events: median {timings[Queries / 2]:F1} ms, slowest {timings[^1]:F1} ms ({points} events in the series)"));
            }

            await store.DisposeAsync();
            var bytes = DatabaseBytes(path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"database: {bytes / (1024.0 * 1024.0):F0} MB, {bytes / (double)stats.Events:F0} bytes per stored event (articles, mentions, evidence offsets, indexes and full-text index included)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB"));
            return 0;
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static long DatabaseBytes(string path) =>
        new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
}
