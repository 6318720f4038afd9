using System.CommandLine;
using System.Globalization;
using Entente.Cli.Output;
using Entente.Cli.Store;
using Entente.Storage;
using Entente.Storage.Relations;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente shifts</c>: the pairs of countries whose recent events depart from their own baseline — warming or
/// cooling — with the events that drive the change.
/// </summary>
public static class ShiftsCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var asOf = new Option<DateOnly?>("--as-of") { Description = "The recent window's last day (default: the latest event date in the store)", CustomParser = Dates.Parse };
        var recent = new Option<int>("--recent") { Description = "How many periods make the recent window", DefaultValueFactory = _ => 3 };
        var by = GranularityOption.Create();
        var minChange = new Option<double>("--min-change") { Description = "The least change in mean Goldstein per event that counts", DefaultValueFactory = _ => 3.0 };
        var json = new Option<bool>("--json") { Description = "Print the shifts as JSON" };
        var command = new Command("shifts", "Find relations that are warming or cooling against their own baseline") { db, asOf, recent, by, minChange, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return StoreCommand.RunAsync(parse.GetValue(db), parse.InvocationConfiguration.Error, async store =>
            {
                var shifts = await FindAsync(store, parse.GetValue(asOf), parse.GetValue(recent), GranularityOption.Of(parse.GetValue(by)!), parse.GetValue(minChange), cancellationToken);
                if (parse.GetValue(json))
                {
                    await output.WriteLineAsync(MachineJson.Serialize(shifts));
                }
                else
                {
                    Write(ConsoleFor.Writer(output), shifts);
                }

                return 0;
            }, cancellationToken);
        });
        return command;
    }

    public static async Task<IReadOnlyList<RelationShift>> FindAsync(IEventStore store, DateOnly? asOf, int recentPeriods, Granularity granularity, double minChange, CancellationToken cancellationToken)
    {
        var latest = asOf ?? Lists.First(await store.EventsAsync(new EventQuery { Limit = 1 }, cancellationToken))?.Day;
        return latest is { } day
            ? await RelationShifts.FindAsync(store, new ShiftWindow(day, granularity, recentPeriods, MinChange: minChange), cancellationToken)
            : [];
    }

    public static void Write(IAnsiConsole console, IReadOnlyList<RelationShift> shifts)
    {
        if (shifts.Count == 0)
        {
            console.WriteLine("No relation departs from its baseline.");
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("pair").AddColumn("shift").AddColumn("baseline").AddColumn("recent").AddColumn("driven by");
        foreach (var shift in shifts)
        {
            table.AddRow(
                Markup.Escape($"{shift.A} ↔ {shift.B}"),
                Markup.Escape($"{shift.Direction.ToString().ToLowerInvariant()} {shift.Change.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)}"),
                Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{shift.BaselineMean:+0.0;-0.0;0} over {shift.BaselineEvents} events")),
                Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{shift.RecentMean:+0.0;-0.0;0} over {shift.RecentEvents} events since {Dates.Show(shift.RecentFrom)}")),
                Markup.Escape(string.Join("\n", shift.Drivers.Select(d => $"{Dates.Show(d.Day)} {d.Type} {string.Join(' ', d.ActorCountries)}→{string.Join(' ', d.RecipientCountries)}: {Lists.First(d.Mentions)?.EvidenceText}"))));
        }

        console.Write(table);
    }
}
