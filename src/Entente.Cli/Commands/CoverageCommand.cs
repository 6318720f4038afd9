using System.CommandLine;
using System.Globalization;
using Entente.Cli.Output;
using Entente.Cli.Store;
using Entente.Storage.Relations;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente coverage SOURCE</c>: how often an outlet (or state media named as the reporter, such as KCNA) mentions
/// each country over time, and the countries it stopped mentioning.
/// </summary>
public static class CoverageCommand
{
    private const int CountriesShown = 6;

    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "An outlet as stored in the articles' source, or a news agency such as KCNA" };
        var db = StoreOption.Create();
        var by = GranularityOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the series and the drops as JSON" };
        var command = new Command("coverage", "Show which countries a source mentions over time, and which it stopped mentioning") { source, db, by, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return StoreCommand.RunAsync(parse.GetValue(db), parse.InvocationConfiguration.Error, async store =>
            {
                var series = await store.CoverageAsync(parse.GetValue(source)!, GranularityOption.Of(parse.GetValue(by)!), cancellationToken);
                var drops = CoverageDrops.Find(series);
                if (parse.GetValue(json))
                {
                    await output.WriteLineAsync(MachineJson.Serialize(new { series, drops }));
                    return 0;
                }

                var console = ConsoleFor.Writer(output);
                if (series.Periods.Count == 0)
                {
                    console.WriteLine($"No stored article from or citing '{series.Source}'.");
                    return 1;
                }

                var table = new Table().Border(TableBorder.Simple).AddColumn("period").AddColumn("articles").AddColumn("countries mentioned (articles)");
                foreach (var period in series.Periods.Where(p => p.Articles > 0))
                {
                    table.AddRow(
                        Dates.Show(period.PeriodStart),
                        period.Articles.ToString(CultureInfo.InvariantCulture),
                        Markup.Escape(string.Join(", ", period.Countries.Take(CountriesShown).Select(c => $"{c.Country} {c.Articles}"))));
                }

                console.Write(table);
                foreach (var drop in drops)
                {
                    console.WriteLine($"{drop.Source} stopped mentioning {drop.Country} after {Dates.Show(drop.LastMentioned)}: named in {drop.ArticlesBefore} articles over {drop.PeriodsBefore} periods, then in none of {drop.ArticlesSince} over {drop.PeriodsSince}.");
                }

                return 0;
            }, cancellationToken);
        });
        return command;
    }
}
