using System.Globalization;

namespace Entente.Evaluation;

/// <summary>
/// One record of the PLOVER gold-standard file (PLOVER_GSR_CAMEO.txt): one edited CAMEO-manual sentence coded with
/// one event — its PLOVER type, mode (null where the file leaves it empty), and the codes of its source and target
/// actors. A reciprocal pair ("SRC/TAR" in the markup) is listed as two sources and no target.
/// </summary>
public sealed record PloverGsrRecord(
    string Id,
    string EventType,
    string? Mode,
    string? Date,
    string Text,
    IReadOnlyList<string> SourceCodes,
    IReadOnlyList<string> TargetCodes)
{
    // The readme promises ISO 3166 alpha-3 codes for states, but three slipped through in the older CAMEO spelling.
    private static readonly Dictionary<string, string> IsoForLegacyCode = new(StringComparer.Ordinal)
    {
        ["JAP"] = "JPN",
        ["ITL"] = "ITA",
        ["VTN"] = "VNM",
    };

    /// <summary>The source actors' countries (the first three letters of each code; IGO, NGO and the like stay as they are).</summary>
    public IReadOnlySet<string> SourceCountries => CountriesOf(SourceCodes);

    public IReadOnlySet<string> TargetCountries => CountriesOf(TargetCodes);

    /// <summary>The sentence as an article published on the record's date (every record says 2000-01-01).</summary>
    public Article ToArticle() => Article.FromText(
        Id,
        Text,
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);

    private static HashSet<string> CountriesOf(IEnumerable<string> codes) => codes
        .Select(code => PythonText.Head(code, 3).ToUpperInvariant())
        .Select(country => IsoForLegacyCode.GetValueOrDefault(country, country))
        .ToHashSet(StringComparer.Ordinal);
}
