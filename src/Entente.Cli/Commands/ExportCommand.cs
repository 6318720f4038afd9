using System.CommandLine;
using Entente.Cli.Store;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente export --format plover-jsonl|gdelt-csv|csv</c>: every stored event, oldest first, for other tools.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var format = new Option<string>("--format") { Description = "plover-jsonl, gdelt-csv (GDELT 2.0 event columns, tab-separated) or csv", DefaultValueFactory = _ => "plover-jsonl" };
        format.AcceptOnlyFromAmong("plover-jsonl", "gdelt-csv", "csv");
        var command = new Command("export", "Write every stored event in a format other tools read") { db, format };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var chosen = parse.GetValue(format)!;
            return StoreCommand.RunAsync(parse.GetValue(db), parse.InvocationConfiguration.Error, async store =>
            {
                if (chosen != "plover-jsonl")
                {
                    await output.WriteLineAsync(chosen == "csv" ? StoredEventFormats.CsvHeader : StoredEventFormats.GdeltHeader);
                }

                for (var offset = 0; ; offset += EventQuery.MaxLimit)
                {
                    var page = await store.EventsAsync(new EventQuery { Order = EventOrder.Newest, Limit = EventQuery.MaxLimit, Offset = offset }, cancellationToken);
                    foreach (var e in page)
                    {
                        await output.WriteLineAsync(chosen switch
                        {
                            "csv" => StoredEventFormats.CsvRow(e),
                            "gdelt-csv" => StoredEventFormats.GdeltRow(e),
                            _ => StoredEventFormats.PloverLine(e),
                        });
                    }

                    if (page.Count < EventQuery.MaxLimit)
                    {
                        return 0;
                    }
                }
            }, cancellationToken);
        });
        return command;
    }
}
