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
}
