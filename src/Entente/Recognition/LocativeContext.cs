using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Whether a name stands where a place goes ("in Ulaanbaatar", "arrived in Seoul", "visited Tokyo") rather than
/// where an actor goes ("Seoul announced"). Capitals are actors only outside such positions.
/// </summary>
public static class LocativeContext
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "into", "near", "outside", "inside", "via", "across", "around", "toward", "towards",
        "through", "throughout", "within", "visit", "visits", "visited", "visiting", "reached", "reaching", "left", "leaving",
        "leave", "leaves", "departed", "bound", "headed",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsBearing(ReadOnlySpan<char> word) =>
        word is "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest"
            or "north-east" or "north-west" or "south-east" or "south-west" or "outskirts";

    /// <summary>True when the token before <paramref name="index"/> (skipping "the") puts it in a place position.</summary>
    public static bool IsLocative(string body, IReadOnlyList<Token> tokens, int index, int sentenceStart)
    {
        var before = index - 1;
        if (before >= sentenceStart && tokens[before].Span(body) is "the" or "The")
        {
            before--;
        }

        if (before < sentenceStart)
        {
            return false;
        }

        if (Lookup.Contains(tokens[before].Span(body)))
        {
            return true;
        }

        // "southwest of Baghdad", "30 km north of Kyiv": a bearing from a place.
        if (tokens[before].Span(body) is "of" && before > sentenceStart && IsBearing(tokens[before - 1].Span(body)))
        {
            return true;
        }

        // "in Seoul and Pyongyang", "in Beijing, Tokyo or Seoul": a name coordinated with a place is a place too.
        if (tokens[before].Span(body) is "and" or "or" or ",")
        {
            var previous = before - 1;
            while (previous > sentenceStart && tokens[previous - 1].IsCapitalized(body))
            {
                previous--;
            }

            return previous >= sentenceStart && previous < before && tokens[previous].IsCapitalized(body)
                && IsLocative(body, tokens, previous, sentenceStart);
        }

        return false;
    }
}
