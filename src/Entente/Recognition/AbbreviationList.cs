using Entente.Knowledge;

namespace Entente.Recognition;

/// <summary>Abbreviations that end in a period without ending a sentence (data/text/abbreviations.tsv).</summary>
public sealed class AbbreviationList
{
    private readonly HashSet<string> entries;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public AbbreviationList(IEnumerable<string> abbreviations)
    {
        entries = new HashSet<string>(abbreviations, StringComparer.Ordinal);
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static AbbreviationList From(DataSet data)
    {
        var file = data["text/abbreviations.tsv"];
        return new AbbreviationList(file.Rows.Select(r => file.Cell(r, "text")));
    }

    public bool Contains(ReadOnlySpan<char> text) => lookup.Contains(text);

    /// <summary>Titles and month abbreviations never end a sentence; the rest ("Inc.", "etc.") may.</summary>
    public static bool IsTitleOrMonth(ReadOnlySpan<char> text) => text switch
    {
        "Mr." or "Mrs." or "Ms." or "Dr." or "Gen." or "Lt." or "Col." or "Capt." or "Maj." or "Sgt." or "Adm." or "Brig."
            or "Cpl." or "Gov." or "Sen." or "Rep." or "Rev." or "Prof." or "St." or "No." or "Fig."
            or "Jan." or "Feb." or "Mar." or "Apr." or "Jun." or "Jul." or "Aug." or "Sep." or "Sept." or "Oct." or "Nov." or "Dec." => true,
        _ => false,
    };
}
