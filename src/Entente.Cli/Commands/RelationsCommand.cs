using System.CommandLine;
using System.Globalization;
using Entente.Cli.Output;
using Entente.Cli.Store;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente relations A B</c>: how relations between two countries moved, period by period — counts per quad class,
/// the Goldstein sum and mean, and the events behind each point.
/// </summary>
public static class RelationsCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "A country code (PRK)" };
        var b = new Argument<string>("b") { Description = "Another country code (MNG)" };
        var db = StoreOption.Create();
        var by = GranularityOption.Create();
        var directed = new Option<bool>("--directed") { Description = "Only A acting on B" };
        var from = new Option<DateOnly?>("--from") { Description = "First day (YYYY-MM-DD)", CustomParser = Dates.Parse };
        var to = new Option<DateOnly?>("--to") { Description = "Last day (YYYY-MM-DD)", CustomParser = Dates.Parse };
        var json = new Option<bool>("--json") { Description = "Print the series as JSON" };
        var command = new Command("relations", "Show how relations between two countries moved over time") { a, b, db, by, directed, from, to, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return StoreCommand.RunAsync(parse.GetValue(db), parse.InvocationConfiguration.Error, async store =>
            {
                var series = await store.DyadSeriesAsync(
                    parse.GetValue(a)!.ToUpperInvariant(), parse.GetValue(b)!.ToUpperInvariant(), parse.GetValue(directed),
                    GranularityOption.Of(parse.GetValue(by)!), parse.GetValue(from), parse.GetValue(to), cancellationToken);
                if (parse.GetValue(json))
                {
                    await output.WriteLineAsync(MachineJson.Serialize(series));
                    return 0;
                }

                var console = ConsoleFor.Writer(output);
                console.WriteLine($"{series.A} {(series.Directed ? "→" : "↔")} {series.B}, by {series.Granularity.ToString().ToLowerInvariant()}: {series.Points.Sum(p => p.Events)} events");
                console.Write(Table(series));
                return 0;
            }, cancellationToken);
        });
        return command;
    }

    public static Table Table(Storage.DyadSeries series)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("period").AddColumn("events").AddColumn("verbal coop").AddColumn("material coop").AddColumn("verbal conflict")
            .AddColumn("material conflict").AddColumn("Goldstein sum").AddColumn("mean").AddColumn("").AddColumn("event ids");
        foreach (var point in series.Points.Where(p => p.Events > 0))
        {
            var q = point.QuadClasses;
            table.AddRow(
                Dates.Show(point.PeriodStart),
                Number(point.Events),
                Number(q.VerbalCooperation),
                Number(q.MaterialCooperation),
                Number(q.VerbalConflict),
                Number(q.MaterialConflict),
                point.GoldsteinSum.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture),
                point.GoldsteinMean.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture),
                Markup.Escape(Bar(point.GoldsteinMean)),
                Markup.Escape(string.Join(' ', point.EventIds.Take(8)) + (point.EventIds.Count > 8 ? " …" : "")));
        }

        return table;
    }

    /// <summary>A bar for the mean: left of the axis is conflict, right is cooperation (one mark per 2 Goldstein points).</summary>
    private static string Bar(double mean)
    {
        var marks = (int)Math.Round(Math.Abs(mean) / 2);
        return mean < 0 ? new string('-', marks).PadLeft(5) + "|" : "     |" + new string('+', marks);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
