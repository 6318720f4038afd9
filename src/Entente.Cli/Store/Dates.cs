using System.Globalization;

namespace Entente.Cli.Store;

/// <summary>Dates and periods as the corpus commands print and parse them.</summary>
public static class Dates
{
    public static string Show(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static DateOnly? Parse(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        result.AddError($"'{text}' is not a date (YYYY-MM-DD)");
        return null;
    }
}
