using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Ingest;

/// <summary>
/// Parses the publication dates inputs carry. Only the calendar date is kept, and it is the date as written: a
/// time zone is not used to move it, because relative dates in the text ("on Monday") are relative to the day the
/// outlet printed.
/// </summary>
public static partial class PublicationDates
{
    private static readonly string[] MonthAbbreviations =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary><c>YYYY-MM-DD</c> or an ISO 8601 date-time such as <c>2024-03-15T09:30:00+09:00</c>.</summary>
    public static bool TryParseIso(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length < 10
            || !DateOnly.TryParseExact(trimmed.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        if (trimmed.Length > 10)
        {
            // The time part must be a real time; "2024-03-15 tomorrow" is not a date-time.
            var separator = trimmed[10];
            if ((separator != 'T' && separator != 't' && separator != ' ')
                || !DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                return false;
            }
        }

        date = day;
        return true;
    }

    /// <summary>RFC 822 / RFC 1123 dates as RSS writes them (<c>Mon, 11 Mar 2024 10:49:00 +0900</c>).</summary>
    public static bool TryParseRfc822(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Rfc822Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var month = Array.IndexOf(MonthAbbreviations, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        if (month == 0 || !IsMonthName(match.Groups["month"].Value, month))
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Value.Length == 2)
        {
            // RFC 2822 section 4.3: two-digit years below 50 are in the 2000s.
            year += year < 50 ? 2000 : 1900;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["hour"].Success
            && (int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) > 23
                || int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) > 59))
        {
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Either form; feeds are not always faithful to their own format.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        TryParseIso(text, out date) || TryParseRfc822(text, out date);

    private static bool IsMonthName(string written, int month)
    {
        if (written.Length <= 4)
        {
            return true;
        }

        var fullName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return fullName.StartsWith(written, StringComparison.OrdinalIgnoreCase)
            || (month == 9 && written.Equals("sept", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(
        @"^(?:[A-Za-z]{3,9}\s*,?\s+)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{4}|\d{2})"
        + @"(?:,?\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*(?:[A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Pattern();
}
