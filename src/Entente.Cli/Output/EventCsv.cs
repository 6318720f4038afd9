using System.Globalization;
using Entente.Annotations;
using Entente.Pipeline;

namespace Entente.Cli.Output;

/// <summary>Events as CSV (RFC 4180 quoting), one row per event, for spreadsheets.</summary>
public static class EventCsv
{
    public const string Header = "article_id,type,mode,cameo,quad_class,goldstein,actors,recipients,date,end_date,modality,confidence,sentence,start,end,evidence";

    public static string Row(Document document, CodedEvent e) => string.Join(',', new[]
    {
        document.Article.Id,
        e.Type,
        e.Mode ?? string.Empty,
        e.Cameo,
        e.QuadClass.ToString(CultureInfo.InvariantCulture),
        e.Goldstein.ToString(CultureInfo.InvariantCulture),
        Sides(e.Actors),
        Sides(e.Recipients),
        e.Date?.Start.ToString() ?? string.Empty,
        e.Date?.End?.ToString() ?? string.Empty,
        e.Modality.ToString().ToLowerInvariant(),
        e.Confidence.ToString(CultureInfo.InvariantCulture),
        e.Evidence.Sentence.ToString(CultureInfo.InvariantCulture),
        e.Evidence.Range.Start.ToString(CultureInfo.InvariantCulture),
        e.Evidence.Range.End.ToString(CultureInfo.InvariantCulture),
        document.TextOf(e.Evidence.Range),
    }.Select(Quote));

    /// <summary>"PRK/GOV Pak Myung Ho; MNG/GOV".</summary>
    public static string Sides(IReadOnlyList<Participant> participants) =>
        string.Join("; ", participants.Select(p => $"{p.Country}/{p.Sector}{(p.Name is null ? string.Empty : " " + p.Name)}"));

    /// <summary>A CSV field, quoted when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
