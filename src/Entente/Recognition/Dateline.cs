using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// A wire dateline opening a sentence: a place name in capitals, optionally followed by ", Country", then a dash or an
/// agency in parentheses ("TBILISI —", "ALMATY, Kazakhstan —", "BEIJING (Reuters) -"), with the day of filing
/// between them if the wire gives it ("SANTIAGO, Oct 20 -", "NIAMEY, Aug. 6 (Reuters) -"). Only capitals count: "Moscow —
/// Russia said" in running text is an actor's metonym, not a dateline.
/// </summary>
public static class Dateline
{
    /// <summary>How far into a story its dateline may stand (after a headline and a byline).</summary>
    private const int LeadSentences = 4;

    /// <summary>
    /// The countries of the story's dateline ("ABUJA —" is Nigeria's; "ADDIS ABABA/ANTANANARIVO —" Ethiopia's and
    /// Madagascar's), empty when the story has none.
    /// </summary>
    public static IReadOnlyList<string> CountriesOf(Lexicon lexicon, Document document)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences.Take(LeadSentences))
        {
            if (Find(lexicon, document.Body, document.Tokens, sentence, out _) is { } found)
            {
                return found.Also is { } also && also.Country != found.Place.Country ? [found.Place.Country, also.Country] : [found.Place.Country];
            }
        }

        return [];
    }

    /// <summary>The dateline's place and the token after its name, or null; <paramref name="end"/> is the token after the dateline.</summary>
    /// <remarks><c>Also</c> is the second place of a double dateline ("GAZA/JERUSALEM —").</remarks>
    public static (PlaceEntry Place, int NameEnd, PlaceEntry? Also)? Find(Lexicon lexicon, string body, IReadOnlyList<Token> tokens, Sentence sentence, out int end)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentence);
        end = sentence.FirstToken;
        var first = sentence.FirstToken;
        if (!lexicon.DatelinePlaces.TryMatch(body, tokens, first, sentence.EndToken, out var length, out var place))
        {
            return null;
        }

        for (var t = first; t < first + length; t++)
        {
            var word = tokens[t].Span(body);
            if (tokens[t].Kind == TokenKind.Word && (word.Length < 2 || word.ContainsAnyInRange('a', 'z')))
            {
                return null;
            }
        }

        var next = first + length;
        PlaceEntry? also = null;
        if (next + 1 < sentence.EndToken && tokens[next].Span(body) is "/"
            && lexicon.DatelinePlaces.TryMatch(body, tokens, next + 1, sentence.EndToken, out var alsoLength, out var second)
            && Enumerable.Range(next + 1, alsoLength).All(t => tokens[t].Kind != TokenKind.Word || !tokens[t].Span(body).ContainsAnyInRange('a', 'z')))
        {
            also = second;
            next += 1 + alsoLength;
        }

        if (next + 1 < sentence.EndToken && tokens[next].Span(body) is ","
            && lexicon.Actors.TryMatch(body, tokens, next + 1, sentence.EndToken, out var countryLength, out var country) && country!.Country == place!.Country)
        {
            next += 1 + countryLength;
        }

        if (next + 2 < sentence.EndToken && tokens[next].Span(body) is "," && DateResolver.IsMonth(tokens[next + 1].Span(body).TrimEnd('.')))
        {
            next += 2;
            next += next < sentence.EndToken && tokens[next].Span(body) is "." ? 1 : 0;
            next += next < sentence.EndToken && tokens[next].Kind == TokenKind.Number ? 1 : 0;
        }

        if (next >= sentence.EndToken || tokens[next].Span(body) is not ("\u2014" or "\u2013" or "-" or "--" or "("))
        {
            return null;
        }

        end = next;
        return (place!, first + length, also);
    }
}
