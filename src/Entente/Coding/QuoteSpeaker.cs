using Entente.Pipeline;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Who "we" and "I" are inside a quotation: the speaker the attribution names — after the closing quote ("..., the
/// ministry said"), before the opening one in the same paragraph ("Macron said: ..."), or at the end of the paragraph
/// before a quotation that opens its own ("..., President Macron said on Sunday. / "I spoke with ...").
/// Officials speak for their governments in the first person, so their acts are coded as the speaker's country's.
/// </summary>
internal static class QuoteSpeaker
{
    /// <summary>The speaker of the quotation around a trigger whose subject is "we" or "I"; null otherwise.</summary>
    public static ParticipantGroup? Of(Document document, Sentence sentence, int start)
    {
        if (!HasFirstPersonSubject(document, sentence, start))
        {
            return null;
        }

        var body = document.Body;
        var position = document.Tokens[start].Start;
        var paragraphStart = body.LastIndexOf('\n', position) + 1;
        var paragraphEnd = body.IndexOf('\n', position) is var newline and >= 0 ? newline : body.Length;
        var opening = OpeningQuote(body, paragraphStart, position);
        if (opening < 0)
        {
            return null;
        }

        var closing = body.AsSpan(position, paragraphEnd - position).IndexOfAny('\u201d', '"');
        if (closing >= 0 && AttributionAfter(document, position + closing) is { } after)
        {
            return after;
        }

        return body.AsSpan(paragraphStart, opening - paragraphStart).IsWhiteSpace()
            ? AttributionBefore(document, paragraphStart - 1)
            : AttributionBefore(document, opening);
    }

    /// <summary>"We condemn", "we have also decided to suspend", "I spoke": the trigger's subject is the speaker.</summary>
    private static bool HasFirstPersonSubject(Document document, Sentence sentence, int start)
    {
        var body = document.Body;
        for (var i = start - 1; i >= sentence.FirstToken && i >= start - 6; i--)
        {
            var word = document.Tokens[i].Span(body);
            if (word is "We" or "we" or "I")
            {
                return true;
            }

            if (word is not ("will" or "would" or "shall" or "also" or "have" or "has" or "had" or "are" or "am" or "were" or "was"
                or "been" or "can" or "could" or "must" or "should" or "do" or "did" or "now" or "today" or "therefore" or "hereby" or "strongly"
                or "decided" or "to"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The position of the quotation mark that opens a quotation still open at the position, or -1.</summary>
    private static int OpeningQuote(string body, int paragraphStart, int position)
    {
        var straight = 0;
        var lastStraight = -1;
        var lastCurly = -1;
        var curlyOpen = false;
        for (var i = paragraphStart; i < position; i++)
        {
            switch (body[i])
            {
                case '"':
                    straight++;
                    lastStraight = i;
                    break;
                case '\u201c':
                    curlyOpen = true;
                    lastCurly = i;
                    break;
                case '\u201d':
                    curlyOpen = false;
                    break;
            }
        }

        return curlyOpen ? lastCurly : straight % 2 == 1 ? lastStraight : -1;
    }

    /// <summary>"...," the ministry said; "...," said Macron: the first participant after the closing quote when its
    /// sentence goes on with a verb of saying.</summary>
    private static ParticipantGroup? AttributionAfter(Document document, int closing)
    {
        if (SentenceAt(document, closing) is not { } sentence)
        {
            return null;
        }

        var tokens = document.Tokens;
        var body = document.Body;
        var groups = ParticipantFinder.Groups(document, sentence);
        var speech = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Start > closing && SayingVerbs.IsSaying(tokens[i].Span(body)))
            {
                speech = i;
                break;
            }
        }

        if (speech < 0)
        {
            return null;
        }

        // The speaker stands between the quote and the verb ("the ministry said") or right after it ("said Macron").
        return groups.FirstOrDefault(g => tokens[g.FirstToken].Start > closing && g.EndToken <= speech && speech - g.EndToken <= 2)
            ?? groups.FirstOrDefault(g => g.FirstToken > speech && g.FirstToken - speech <= 2);
    }

    /// <summary>"President Macron said on Sunday." / "Macron said: ...": the participant next to the last verb of
    /// saying before the position, in the sentence that ends there.</summary>
    private static ParticipantGroup? AttributionBefore(Document document, int position)
    {
        if (position < 0 || SentenceAt(document, position) is not { } sentence)
        {
            return null;
        }

        var tokens = document.Tokens;
        var body = document.Body;
        var groups = ParticipantFinder.Groups(document, sentence);
        for (var i = sentence.EndToken - 1; i >= sentence.FirstToken; i--)
        {
            if (tokens[i].Start < position && SayingVerbs.IsSaying(tokens[i].Span(body)))
            {
                var speech = i;
                return groups.LastOrDefault(g => g.EndToken <= speech && speech - g.EndToken <= 2)
                    ?? groups.FirstOrDefault(g => g.FirstToken > speech && g.FirstToken - speech <= 2);
            }
        }

        return null;
    }

    private static Sentence? SentenceAt(Document document, int position) =>
        document.Sentences.FirstOrDefault(s => s.Range.Start <= position && position < s.Range.End)
            ?? document.Sentences.LastOrDefault(s => s.Range.End <= position);
}
