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
            if (Dateline.Find(lexicon, body, tokens, sentence, out var datelineEnd) is { } dateline)
            {
                var range = new TextRange(tokens[sentence.FirstToken].Start, tokens[dateline.NameEnd - 1].End);
                places.Add(new PlaceMention(range, sentence.Index, dateline.Place.Name, dateline.Place.Country, dateline.Place.Latitude, dateline.Place.Longitude));
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
}
