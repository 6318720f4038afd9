using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Entente.Cli.Output;
using Entente.Cli.Store;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente ingest SOURCE...</c>: reads, codes and stores articles. Re-ingesting an article changes nothing; a
/// changed one is recoded. A progress bar on a terminal, a plain progress line every few seconds otherwise; each bad
/// item is one line on stderr and a row in the store's error table, and the batch goes on.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("source") { Description = "Files, folders, JSON Lines files, URLs of pages or feeds, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var db = StoreOption.Create();
        var command = new Command("ingest", "Read, code and store articles in the corpus store") { sources, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var pipeline = EventCoding.Create(CommonOptions.LexiconFor(parse));
            var version = CoderVersion.Of(CommonOptions.LexiconFor(parse));
            var items = new ArticleSource().Read(parse.GetValue(sources)!);
            return StoreCommand.RunAsync(
                parse.GetValue(db),
                error,
                async store =>
                {
                    var done = await RunAsync(store, (job, progress) => job.RunAsync(items, progress, cancellationToken), pipeline, version, output, error);
                    return done.Read == 0 || done.Failed == done.Read ? 1 : 0;
                },
                cancellationToken);
        });
        return command;
    }

    /// <summary>Runs an ingest or a recode with progress on <paramref name="output"/> and failures on <paramref name="error"/>.</summary>
    public static async Task<IngestProgress> RunAsync(
        IEventStore store,
        Func<IngestJob, IProgress<IngestProgress>, Task<IngestProgress>> run,
        TextPipeline pipeline,
        string coderVersion,
        TextWriter output,
        TextWriter error)
    {
        var job = new IngestJob(store, pipeline, coderVersion);
        job.Failed += failure => error.WriteLine(failure.ToString());
        var clock = Stopwatch.StartNew();
        IngestProgress done;
        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected)
        {
            done = await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask("ingesting", maxValue: double.MaxValue).IsIndeterminate();
                return await run(job, new SynchronousProgress(p => task.Description = Describe(p, clock.Elapsed)));
            });
        }
        else
        {
            var lastLine = TimeSpan.Zero;
            done = await run(job, new SynchronousProgress(p =>
            {
                if (clock.Elapsed - lastLine >= TimeSpan.FromSeconds(5))
                {
                    lastLine = clock.Elapsed;
                    output.WriteLine(Describe(p, clock.Elapsed));
                }
            }));
        }

        output.WriteLine(Describe(done, clock.Elapsed));
        output.WriteLine($"store: {store.Name}");
        return done;
    }

    private static string Describe(IngestProgress p, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? p.Read / elapsed.TotalSeconds : 0;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Read} read: {p.Inserted} new, {p.Updated} recoded, {p.Unchanged} unchanged, {p.Failed} failed; {p.EventsCreated} events created, {p.EventsJoined} joined to events of other articles ({rate:0} articles/s)");
    }

    /// <summary>Reports on the writer's thread (<see cref="Progress{T}"/> would post to the pool and print out of order).</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
