using System.Globalization;
using Entente.Annotations;
using Entente.Storage;

namespace Entente.Web;

/// <summary>
/// Reads the API's and the pages' parameters from their raw text, so that every malformed value becomes a
/// <see cref="BadParameterException"/> naming the parameter instead of a bare 400 from binding or a 500 from the store.
/// </summary>
public static class Parameters
{
    public const int DefaultPageSize = 50;

    public static string Country(string name, string? value)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (code is not { Length: 3 } || !code.All(char.IsAsciiLetterUpper))
        {
            throw BadParameterException.For(name, "a three-letter country code such as CHN", value);
        }

        return code;
    }

    public static string? OptionalCountry(string name, string? value) => string.IsNullOrWhiteSpace(value) ? null : Country(name, value);

    public static string? EventType(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var type = value.Trim().ToUpperInvariant();
        return PloverTypes.All.Contains(type)
            ? type
            : throw BadParameterException.For(name, "a PLOVER event type (" + string.Join(", ", PloverTypes.All.Order(StringComparer.Ordinal)) + ")", value);
    }

    public static DateOnly? Day(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw BadParameterException.For(name, "a date as YYYY-MM-DD", value);
    }

    public static bool Flag(string name, string? value, bool fallback = false) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" => fallback,
        "TRUE" or "1" or "YES" => true,
        "FALSE" or "0" or "NO" => false,
        _ => throw BadParameterException.For(name, "true or false", value),
    };

    public static int Number(string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw BadParameterException.For(name, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"), value);
    }

    public static double Decimal(string name, string? value, double fallback, double min, double max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw BadParameterException.For(name, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"), value);
    }

    public static long Id(string name, string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw BadParameterException.For(name, "a positive whole number", value);

    public static Granularity Granularity(string name, string? value, Granularity fallback = Storage.Granularity.Month) =>
        value?.Trim().ToUpperInvariant() switch
        {
            null or "" => fallback,
            "DAY" => Storage.Granularity.Day,
            "WEEK" => Storage.Granularity.Week,
            "MONTH" => Storage.Granularity.Month,
            _ => throw BadParameterException.For(name, "day, week or month", value),
        };

    public static EventOrder Order(string name, string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "NEWEST" => EventOrder.Newest,
        "REPORTED" => EventOrder.MostReported,
        _ => throw BadParameterException.For(name, "newest or reported", value),
    };

    public static string Required(string name, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw BadParameterException.For(name, "given", null);
        }

        return Optional(name, value, maxLength)!;
    }

    public static string? Optional(string name, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Length <= maxLength
            ? value.Trim()
            : throw BadParameterException.For(name, string.Create(CultureInfo.InvariantCulture, $"at most {maxLength} characters"), null);
    }

    /// <summary>The events filter every list of events shares, from the API's and the search page's parameters.</summary>
    public static EventQuery Events(EventParameters given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var a = OptionalCountry("a", given.A);
        var b = OptionalCountry("b", given.B);
        if ((a is null) != (b is null))
        {
            throw new BadParameterException("parameters 'a' and 'b' name a dyad together: give both or neither");
        }

        var from = Day("from", given.From);
        var to = Day("to", given.To);
        if (from > to)
        {
            throw new BadParameterException("parameter 'from' must not be after 'to'");
        }

        return new EventQuery
        {
            Country = OptionalCountry("country", given.Country),
            Dyad = a is null ? null : new DyadFilter(a, b!, Flag("directed", given.Directed)),
            Type = EventType("type", given.Type),
            From = from,
            To = to,
            Search = Optional("q", given.Q),
            Source = Optional("source", given.Source),
            Order = Order("order", given.Order),
            Limit = Number("limit", given.Limit, DefaultPageSize, 1, EventQuery.MaxLimit),
            Offset = Number("offset", given.Offset, 0, 0, 1_000_000),
        };
    }
}
