using System.Globalization;
using Entente.Storage;

namespace Entente.Web.Dashboard;

/// <summary>How the pages write numbers, dates and countries: invariant culture, one format everywhere.</summary>
public static class Show
{
    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Goldstein(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    public static string Countries(IReadOnlyList<string> countries) => countries.Count == 0 ? "?" : string.Join(", ", countries);

    /// <summary>"cooperation" or "conflict" for styling: the sign of the mean Goldstein value.</summary>
    public static string Tone(double goldstein) => goldstein >= 0 ? "cooperation" : "conflict";

    public static string Evidence(StoredEvent stored) => stored.Mentions.Count == 0 ? "" : stored.Mentions[0].EvidenceText;

    public static string Shorten(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";
}
