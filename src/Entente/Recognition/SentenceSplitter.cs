using Entente.Pipeline;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Groups each passage's tokens into sentences. A sentence ends at ".", "!" or "?" (with any closing quotes and
/// brackets) when the next token can start a sentence; at an abbreviation only when it is not a title or month and
/// the next word plainly starts a new sentence; and at a line break that closes a headline-like line. Sentences
/// never cross passages, so a caption is always a sentence of its own.
/// </summary>
public sealed class SentenceSplitter : IStage
{
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "A", "An", "After", "As", "At", "But", "Earlier", "For", "He", "Her", "His", "However", "I", "In", "It", "Its",
        "Last", "Meanwhile", "On", "She", "Since", "So", "That", "The", "Their", "There", "These", "They", "This",
        "Those", "We", "When", "While", "Yet",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters =
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    public Document Process(Document document)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        var sentences = new List<Sentence>();
        var t = 0;
        foreach (var passage in document.Article.Passages)
        {
            while (t < tokens.Count && tokens[t].Start < passage.Range.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].End <= passage.Range.End)
            {
                // Closing quotes and brackets after the end mark belong to the sentence they close.
                var last = t;
                if (IsEndMark(body, tokens[t]))
                {
                    while (last + 1 < tokens.Count && tokens[last + 1].End <= passage.Range.End
                        && IsCloser(body, tokens[last + 1]) && tokens[last + 1].Start == tokens[last].End)
                    {
                        last++;
                    }
                }

                var next = last + 1 < tokens.Count && tokens[last + 1].End <= passage.Range.End ? last + 1 : -1;
                if (next < 0 || EndsSentence(body, tokens, t, next))
                {
                    Add(sentences, tokens, first, last + 1, passage.Kind);
                    first = last + 1;
                }

                t = last + 1;
            }

            if (first < t)
            {
                Add(sentences, tokens, first, t, passage.Kind);
            }
        }

        return document with { Sentences = sentences };
    }

    private static void Add(List<Sentence> sentences, IReadOnlyList<Token> tokens, int first, int end, PassageKind kind)
    {
        if (end <= first)
        {
            return;
        }

        var range = new TextRange(tokens[first].Start, tokens[end - 1].End);
        sentences.Add(new Sentence(sentences.Count, range, kind, first, end - first));
    }

    private static bool EndsSentence(string body, IReadOnlyList<Token> tokens, int t, int next)
    {
        var token = tokens[t].Span(body);
        var following = tokens[next];
        var nextText = following.Span(body);
        var startsLikeSentence = char.IsUpper(nextText[0]) || char.IsDigit(nextText[0]) || IsOpener(nextText[0]);
        var lineBreak = HasLineBreak(body, tokens[t].End, following.Start);

        if (token is "." or "!" or "?" or "...")
        {
            return startsLikeSentence || lineBreak;
        }

        if (tokens[t].Kind == TokenKind.Word && token.Length > 1 && token[^1] == '.')
        {
            if (lineBreak)
            {
                return true;
            }

            if (AbbreviationList.IsTitleOrMonth(token) || (token.Length == 2 && char.IsUpper(token[0])))
            {
                return false;
            }

            // "the U.S. The talks..." ends a sentence; "the U.S. State Department" does not.
            var dotted = token.Count('.') > 1;
            return dotted ? Starters.Contains(nextText) : startsLikeSentence;
        }

        if (lineBreak)
        {
            // A line that ends without punctuation and is followed by a capitalised line is a headline or a list item;
            // a hard-wrapped sentence goes on in lower case, or after a comma or hyphen.
            var endsContinuation = token is "," or "-" or ";" or "(" || char.IsLower(token[0]);
            return startsLikeSentence && !endsContinuation;
        }

        return false;
    }

    private static bool IsEndMark(string body, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Span(body) is "." or "!" or "?" or "...";

    private static bool HasLineBreak(string body, int from, int to) => body.AsSpan(from, to - from).Contains('\n');

    private static bool IsCloser(string body, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Range.Length == 1 && body[token.Start] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']';

    private static bool IsOpener(char c) => c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[';
}
