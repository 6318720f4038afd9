using System.CommandLine;
using Entente.Cli.Output;
using Entente.Pipeline;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente code INPUT [--format jsonl|table|csv]</c>: reads articles and writes their events. A bad input item
/// is reported on stderr and skipped, so the output stays valid JSON Lines whatever fails.
/// </summary>
public static class CodeCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A file, a folder, a JSON Lines file or - for standard input" };
        var format = new Option<string>("--format") { Description = "jsonl (FORMAT.md events), table or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table", "csv");
        var command = new Command("code", "Code the events in articles: who did what to whom, when and where, with evidence") { input, format };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var pipeline = EventCoding.Create(CommonOptions.LexiconFor(parse));
            var chosen = parse.GetValue(format)!;
            var table = new Table().Border(TableBorder.Simple).AddColumn("article").AddColumn("event").AddColumn("actors → recipients").AddColumn("date").AddColumn("evidence");
            if (chosen == "csv")
            {
                output.WriteLine(EventCsv.Header);
            }

            var read = 0;
            foreach (var article in InputArticles.Read(parse.GetValue(input)!, error))
            {
                read++;
                var document = pipeline.Process(article);
                foreach (var coded in document.Events)
                {
                    switch (chosen)
                    {
                        case "csv":
                            output.WriteLine(EventCsv.Row(document, coded));
                            break;
                        case "table":
                            table.AddRow(
                                Markup.Escape(document.Article.Id),
                                Markup.Escape($"{coded.Type} {coded.Mode} {coded.Cameo} ({coded.Modality.ToString().ToLowerInvariant()})"),
                                Markup.Escape($"{EventCsv.Sides(coded.Actors)} → {EventCsv.Sides(coded.Recipients)}"),
                                Markup.Escape(coded.Date is null ? "—" : coded.Date.End is { } end ? $"{coded.Date.Start}..{end}" : coded.Date.Start.ToString()),
                                Markup.Escape(document.TextOf(coded.Evidence.Range)));
                            break;
                        default:
                            output.WriteLine(EventJson.Line(document, coded));
                            break;
                    }
                }
            }

            if (chosen == "table")
            {
                ConsoleFor.Writer(output).Write(table);
            }

            return read > 0 ? 0 : 1;
        });
        return command;
    }
}
