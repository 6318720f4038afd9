using System.CommandLine;
using Entente.Cli.Output;
using Entente.Cli.Store;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente events</c>: the stored events, filtered by country, dyad, type, dates, words and source.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var country = new Option<string?>("--country") { Description = "A country code acting or acted on (USA, PRK, ...)" };
        var dyad = new Option<string[]>("--dyad") { Description = "Two country codes: events between them", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var directed = new Option<bool>("--directed") { Description = "With --dyad: only the first country acting on the second" };
        var type = new Option<string?>("--type") { Description = "A PLOVER event type (CONSULT, SANCTION, ...)" };
        var from = new Option<DateOnly?>("--from") { Description = "First event date (YYYY-MM-DD)", CustomParser = Dates.Parse };
        var to = new Option<DateOnly?>("--to") { Description = "Last event date (YYYY-MM-DD)", CustomParser = Dates.Parse };
        var search = new Option<string?>("--search") { Description = "Words the reporting articles contain" };
        var source = new Option<string?>("--source") { Description = "Only events this outlet reported" };
        var order = new Option<string>("--order") { Description = "newest or reported (most articles first)", DefaultValueFactory = _ => "newest" };
        order.AcceptOnlyFromAmong("newest", "reported");
        var limit = new Option<int>("--limit") { Description = $"At most this many events (1-{EventQuery.MaxLimit})", DefaultValueFactory = _ => 50 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > EventQuery.MaxLimit)
            {
                r.AddError($"--limit must be between 1 and {EventQuery.MaxLimit}");
            }
        });
        var offset = new Option<int>("--offset") { Description = "Skip this many events (paging)" };
        var json = new Option<bool>("--json") { Description = "Print JSON for machines, with every mention and its evidence" };
        var command = new Command("events", "List stored events") { db, country, dyad, directed, type, from, to, search, source, order, limit, offset, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var pair = parse.GetValue(dyad);
            var query = new EventQuery
            {
                Country = parse.GetValue(country),
                Dyad = pair is [var a, var b] ? new DyadFilter(a.ToUpperInvariant(), b.ToUpperInvariant(), parse.GetValue(directed)) : null,
                Type = parse.GetValue(type),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Search = parse.GetValue(search),
                Source = parse.GetValue(source),
                Order = parse.GetValue(order) == "reported" ? EventOrder.MostReported : EventOrder.Newest,
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
            };
            var output = parse.InvocationConfiguration.Output;
            return StoreCommand.RunAsync(parse.GetValue(db), parse.InvocationConfiguration.Error, async store =>
            {
                var events = await store.EventsAsync(query, cancellationToken);
                if (parse.GetValue(json))
                {
                    await output.WriteLineAsync(MachineJson.Serialize(events));
                }
                else
                {
                    ConsoleFor.Writer(output).Write(EventRows.Table(events));
                }

                return 0;
            }, cancellationToken);
        });
        return command;
    }
}
