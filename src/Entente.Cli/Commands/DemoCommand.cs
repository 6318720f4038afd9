using System.CommandLine;
using System.Globalization;
using Entente.Cli.Output;
using Entente.Cli.Store;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente demo</c>: on a fresh machine, with no arguments, ingests the bundled corpus (42 articles the team wrote
/// about real diplomatic events of 2023–2024) into an embedded SQLite store and shows what a corpus tells that an
/// article cannot: the most reported events, the busiest relations over time, and the relations that shifted.
/// Running it again finds everything stored and changes nothing.
/// </summary>
public static class DemoCommand
{
    public const string DefaultDatabase = "entente-demo.db";

    private const string CorpusResource = "demo-corpus.jsonl";

    private const int EventsShown = 10;

    private const int RelationsShown = 3;

    public static Command Create()
    {
        var db = StoreOption.Create(DefaultDatabase);
        var command = new Command("demo", "Ingest the bundled sample corpus and show its main events, relations and shifts") { db };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var lexicon = CommonOptions.LexiconFor(parse);
            return StoreCommand.RunAsync(parse.GetValue(db), error, async store =>
            {
                var ingested = await IngestCommand.RunAsync(
                    store, (job, progress) => job.RunAsync(Corpus(), progress, cancellationToken), EventCoding.Create(lexicon), CoderVersion.Of(lexicon), output, error);
                await ShowAsync(store, ConsoleFor.Writer(output), cancellationToken);
                return ingested.Failed == 0 ? 0 : 1;
            }, cancellationToken);
        });
        return command;
    }

    /// <summary>The bundled corpus, read by the same reader as any JSON Lines file.</summary>
    public static IEnumerable<ReadItem> Corpus()
    {
        using var stream = typeof(DemoCommand).Assembly.GetManifestResourceStream(CorpusResource)
            ?? throw new InvalidOperationException($"the demo corpus ({CorpusResource}) is not embedded in this build");
        using var reader = new StreamReader(stream);
        return ArticleSource.ReadText("demo corpus", "demo", InputFormat.JsonLines, reader.ReadToEnd()).ToList();
    }

    private static async Task ShowAsync(IEventStore store, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var stats = await store.StatsAsync(cancellationToken);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The store holds {stats.Articles} articles, {stats.Events} events from {stats.Mentions} mentions."));

        console.Write(new Rule("Most reported events"));
        console.Write(EventRows.Table(await store.EventsAsync(new EventQuery { Order = EventOrder.MostReported, Limit = EventsShown }, cancellationToken)));

        var pairs = (await store.DyadsAsync(limit: 40, cancellationToken: cancellationToken))
            .Select(d => string.CompareOrdinal(d.Source, d.Target) <= 0 ? (d.Source, d.Target) : (d.Target, d.Source))
            .Distinct()
            .Take(RelationsShown);
        foreach (var (a, b) in pairs)
        {
            var series = await store.DyadSeriesAsync(a, b, directed: false, Granularity.Month, cancellationToken: cancellationToken);
            console.Write(new Rule($"Relations {a} ↔ {b}, by month"));
            console.Write(RelationsCommand.Table(series));
        }

        console.Write(new Rule("Shifts: relations departing from their own baseline"));
        ShiftsCommand.Write(console, await ShiftsCommand.FindAsync(store, null, 3, Granularity.Month, 3.0, cancellationToken));
        console.WriteLine("Explore further: entente events --db <db> --dyad PRK MNG; entente relations RUS PRK; entente shifts; entente export --format csv");
    }
}
