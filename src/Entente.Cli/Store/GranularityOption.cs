using System.CommandLine;
using Entente.Storage;

namespace Entente.Cli.Store;

/// <summary><c>--by day|week|month</c>: the period a series is counted in.</summary>
public static class GranularityOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--by") { Description = "day, week or month", DefaultValueFactory = _ => "month" };
        option.AcceptOnlyFromAmong("day", "week", "month");
        return option;
    }

    public static Granularity Of(string value) => value switch
    {
        "day" => Granularity.Day,
        "week" => Granularity.Week,
        _ => Granularity.Month,
    };
}
