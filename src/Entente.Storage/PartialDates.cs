using System.Globalization;
using Entente.Annotations;

namespace Entente.Storage;

/// <summary>Reads back a <see cref="PartialDate"/> stored as it prints: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
internal static class PartialDates
{
    public static PartialDate? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        return new PartialDate(year, month, day);
    }
}
