using System.Globalization;

namespace Entente.Evaluation;

/// <summary>
/// One record of an OEDA validation XML as petr_records.py reads it: a sentence, its gold codings, and whether it
/// is scored. <see cref="Date"/> is the file's <c>YYYYMMDD</c>; <see cref="NoEvents"/> marks a record coded as
/// having no event.
/// </summary>
public sealed record PetrRecord(
    string Id,
    string Date,
    string Category,
    string Source,
    bool Evaluate,
    string Text,
    string Parse,
    IReadOnlyList<PetrEventCode> Gold,
    bool NoEvents)
{
    /// <summary>The record's sentence as an article dated by the record (undated when the date does not parse).</summary>
    public Article ToArticle() => Article.FromText(
        Id,
        Text,
        DateOnly.TryParseExact(Date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);
}
