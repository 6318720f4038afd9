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

    /// <summary>The country of the story's dateline ("ABUJA —" is Nigeria's), or null when the story has none.</summary>
    public static string? CountryOf(Lexicon lexicon, Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Sentences.Take(LeadSentences)
            .Select(s => Find(lexicon, document.Body, document.Tokens, s, out _)).FirstOrDefault(d => d is not null)?.Place.Country;
    }

    /// <summary>The dateline's place and the token after its name, or null; <paramref name="end"/> is the token after the dateline.</summary>
    public static (PlaceEntry Place, int NameEnd)? Find(Lexicon lexicon, string body, IReadOnlyList<Token> tokens, Sentence sentence, out int end)
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
        return (place!, first + length);
    }
}
