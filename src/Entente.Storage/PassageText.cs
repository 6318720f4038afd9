using System.Globalization;
using Entente.Text;

namespace Entente.Storage;

/// <summary>
/// An article's passages stored compactly as <c>start-end:kind</c> joined by commas ("0-412:body,430-470:caption"):
/// a scraped page has dozens, and JSON objects would cost more than the events they yield.
/// </summary>
internal static class PassageText
{
    public static string Format(IEnumerable<Passage> passages) => string.Join(
        ',',
        passages.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Range.Start}-{p.Range.End}:{Name(p.Kind)}")));

    public static IReadOnlyList<Passage> Parse(string text) => text.Length == 0
        ? []
        : text.Split(',').Select(part =>
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var range = new TextRange(
                int.Parse(part[..dash], CultureInfo.InvariantCulture),
                int.Parse(part[(dash + 1)..colon], CultureInfo.InvariantCulture));
            return new Passage(range, Kind(part[(colon + 1)..]));
        }).ToList();

    private static string Name(PassageKind kind) => kind switch
    {
        PassageKind.Body => "body",
        PassageKind.Caption => "caption",
        PassageKind.Headline => "headline",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static PassageKind Kind(string name) => name switch
    {
        "body" => PassageKind.Body,
        "caption" => PassageKind.Caption,
        "headline" => PassageKind.Headline,
        _ => throw new FormatException($"unknown passage kind '{name}' in the database"),
    };
}
