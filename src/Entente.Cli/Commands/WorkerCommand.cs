using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using Entente.Cli.Store;
using Entente.Ingest;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente worker</c>: codes and stores the articles of the PostgreSQL work queue, alongside any number of other
/// workers on any number of machines. Runs until stopped (Ctrl+C or SIGTERM: a batch being coded is given back, one
/// being stored is finished), or with <c>--once</c> until no article is pending or running. Progress goes to stdout
/// every few seconds; each article given up, and each wait for a lost database, is one line on stderr.
/// </summary>
public static class WorkerCommand
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var db = StoreOption.Create();
        var batch = new Option<int>("--batch") { Description = "Articles claimed, coded and stored together (1-1000)", DefaultValueFactory = _ => 32 };
        batch.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError("--batch must be between 1 and 1000");
            }
        });
        var lease = new Option<TimeSpan>("--lease")
        {
            Description = "How long a dead worker's batch waits before others take it over (a live worker renews it): 90s, 2m",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(60),
            CustomParser = ParseDuration,
        };
        var maxAttempts = new Option<int>("--max-attempts") { Description = "Attempts before an article is marked failed", DefaultValueFactory = _ => 3 };
        maxAttempts.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--max-attempts must be at least 1");
            }
        });
        var once = new Option<bool>("--once") { Description = "Stop when no article is pending or running, instead of waiting for more" };
        var command = new Command("worker", "Code and store the articles of the work queue (PostgreSQL)") { db, batch, lease, maxAttempts, once };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var lexicon = CommonOptions.LexiconFor(parse);
            var settings = new WorkerSettings
            {
                BatchSize = parse.GetValue(batch),
                Lease = parse.GetValue(lease),
                MaxAttempts = parse.GetValue(maxAttempts),
                StopWhenDrained = parse.GetValue(once),
            };
            return QueueCommand.RunAsync(parse.GetValue(db), error, prepare: false, async queue =>
            {
                var worker = new QueueWorker(queue, EventCoding.Create(lexicon), CoderVersion.Of(lexicon), settings);
                worker.Failed += failure => error.WriteLine(failure.ToString());
                worker.Unreachable += (reason, wait) => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database unreachable ({reason}); retrying in {wait.TotalSeconds:0} s"));
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"worker {worker.Owner} on {queue.Name}: batches of {settings.BatchSize}, lease {settings.Lease.TotalSeconds:0.###} s, {settings.MaxAttempts} attempts"));
                var clock = Stopwatch.StartNew();
                var lastLine = TimeSpan.Zero;
                var done = await worker.RunAsync(new SynchronousProgress(p =>
                {
                    if (clock.Elapsed - lastLine >= ProgressEvery)
                    {
                        lastLine = clock.Elapsed;
                        output.WriteLine(Describe(p, clock.Elapsed));
                    }
                }), cancellationToken);
                await output.WriteLineAsync(Describe(done, clock.Elapsed) + (cancellationToken.IsCancellationRequested ? "; stopped" : ""));
                return 0;
            }, cancellationToken);
        });
        return command;
    }

    private static string Describe(WorkerProgress p, TimeSpan elapsed) => string.Create(
        CultureInfo.InvariantCulture,
        $"{p.Done} done, {p.Failed} failed, {p.Retried} given back to retry; {p.EventsCreated} events created, {p.EventsJoined} joined to events of other articles ({(elapsed.TotalSeconds > 0 ? p.Done / elapsed.TotalSeconds : 0):0} articles/s)");

    /// <summary>A number with a unit — ms, s, m or h — or without one for seconds.</summary>
    private static TimeSpan ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value.Trim();
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : text.EndsWith('h') ? (text[..^1], 3600.0)
            : (text, 1.0);
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value * unit >= 1 && value * unit <= TimeSpan.FromDays(1).TotalSeconds)
        {
            return TimeSpan.FromSeconds(value * unit);
        }

        result.AddError($"'{text}' is not a duration between 1 s and 1 day (90s, 2m, 1500ms)");
        return TimeSpan.Zero;
    }

    /// <summary>Reports on the worker's own thread, so lines print in order.</summary>
    private sealed class SynchronousProgress(Action<WorkerProgress> report) : IProgress<WorkerProgress>
    {
        public void Report(WorkerProgress value) => report(value);
    }
}
