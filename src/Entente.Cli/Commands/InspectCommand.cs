using System.CommandLine;
using System.Text.Json;
using Entente.Cli.Output;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente inspect INPUT [--json]</c>: reads articles and shows what the text layer finds in each sentence —
/// actors, people with their role and country, places and resolved dates.
/// </summary>
public static class InspectCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A file, a folder, a JSON Lines file or - for standard input" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per article instead of tables" };
        var command = new Command("inspect", "Show the actors, people, places and dates found in each sentence") { input, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var lexicon = CommonOptions.LexiconFor(parse);
            var pipeline = TextLayer.Create(lexicon);
            var read = 0;
            foreach (var article in InputArticles.Read(parse.GetValue(input)!, error))
            {
                read++;
                var report = InspectReport.From(pipeline.Process(article), lexicon.Data.Version);
                if (parse.GetValue(json))
                {
                    output.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
                }
                else
                {
                    InspectTable.Write(report, output);
                }
            }

            return read > 0 ? 0 : 1;
        });
        return command;
    }
}
