namespace Entente.Storage;

/// <summary>How an event's day was known: from a date in the text at some precision, or from the publication date.</summary>
public enum EventDatePrecision
{
    Day,
    Month,
    Year,

    /// <summary>No reporting article gives a date: the day is the first report's publication date.</summary>
    Published,
}
