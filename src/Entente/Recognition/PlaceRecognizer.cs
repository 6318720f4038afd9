using Entente.Annotations;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Finds places named as locations: a gazetteer name in a place position ("in Ulaanbaatar", "visited Tokyo") or
/// followed by its country ("Ulaanbaatar, Mongolia"). A name that runs on into another capitalised word ("the
/// Ulaanbaatar Dialogue") is part of a longer name, not a place. A dateline opening a sentence in capitals
/// ("TBILISI —", "ALMATY, Kazakhstan —", "BEIJING (Reuters) -") names where the report, and so its first acts, took place.
/// </summary>
public sealed class PlaceRecognizer(Lexicon lexicon) : IStage
{
    public Document Process(Document document)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        var places = new List<PlaceMention>();
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            if (Dateline(body, tokens, sentence, out var datelineEnd) is { } dateline)
            {
                places.Add(dateline);
                i = datelineEnd;
            }

            while (i < sentence.EndToken)
            {
                if (!lexicon.Places.TryMatch(body, tokens, i, sentence.EndToken, out var length, out var place))
                {
                    i++;
                    continue;
                }

                var end = i + length;
                var partOfName = end < sentence.EndToken && tokens[end].IsCapitalized(body);
                var followedByCountry = end + 1 < sentence.EndToken && tokens[end].Span(body) is ","
                    && lexicon.Actors.TryMatch(body, tokens, end + 1, sentence.EndToken, out _, out var actor) && actor!.Country == place!.Country;
                if (followedByCountry || (!partOfName && LocativeContext.IsLocative(body, tokens, i, sentence.FirstToken)))
                {
                    var range = new TextRange(tokens[i].Start, tokens[end - 1].End);
                    places.Add(new PlaceMention(range, sentence.Index, place!.Name, place.Country, place.Latitude, place.Longitude));
                }

                i = end;
            }
        }

        return document with { Places = places };
    }

    /// <summary>
    /// A place name in capitals opening the sentence, optionally followed by ", Country", then a dash or an agency in
    /// parentheses. Only capitals count: "Moscow — Russia said" in running text is an actor's metonym, not a dateline.
    /// </summary>
    private PlaceMention? Dateline(string body, IReadOnlyList<Token> tokens, Sentence sentence, out int end)
    {
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

        if (next >= sentence.EndToken || tokens[next].Span(body) is not ("\u2014" or "\u2013" or "-" or "--" or "("))
        {
            return null;
        }

        end = next;
        var range = new TextRange(tokens[first].Start, tokens[first + length - 1].End);
        return new PlaceMention(range, sentence.Index, place!.Name, place.Country, place.Latitude, place.Longitude);
    }
}
