using Entente.Annotations;

namespace Entente.Storage;

/// <summary>The words enums are stored as: those of the coder's JSON output, so SQL reads like <c>entente code</c> writes.</summary>
internal static class StoredNames
{
    public const string Actor = "actor";
    public const string Recipient = "recipient";

    public static string Of(Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Future => "future",
        Modality.Negated => "negated",
        Modality.Hypothetical => "hypothetical",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, null),
    };

    public static Modality ModalityOf(string name) => name switch
    {
        "asserted" => Modality.Asserted,
        "future" => Modality.Future,
        "negated" => Modality.Negated,
        "hypothetical" => Modality.Hypothetical,
        _ => throw new FormatException($"unknown modality '{name}' in the database"),
    };

    public static string Of(EventDatePrecision precision) => precision switch
    {
        EventDatePrecision.Day => "day",
        EventDatePrecision.Month => "month",
        EventDatePrecision.Year => "year",
        EventDatePrecision.Published => "published",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    public static EventDatePrecision? PrecisionOf(string? name) => name switch
    {
        null => null,
        "day" => EventDatePrecision.Day,
        "month" => EventDatePrecision.Month,
        "year" => EventDatePrecision.Year,
        "published" => EventDatePrecision.Published,
        _ => throw new FormatException($"unknown date precision '{name}' in the database"),
    };

    /// <summary>
    /// An event's countries of one side as its row keeps them (<c>events.actor_countries</c>,
    /// <c>recipient_countries</c>): codes separated by a space, in the given order.
    /// </summary>
    public static string CountryList(IReadOnlyList<string> countries)
    {
        // A code with a space would read back as two countries.
        if (countries.FirstOrDefault(c => c.Length == 0 || c.Contains(' ', StringComparison.Ordinal)) is { } bad)
        {
            throw new ArgumentException($"country code '{bad}' cannot be stored in a list of codes", nameof(countries));
        }

        return string.Join(' ', countries);
    }

    public static IReadOnlyList<string> CountriesOf(string list) => list.Length == 0 ? [] : list.Split(' ');
}
