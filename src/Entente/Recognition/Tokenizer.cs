using Entente.Pipeline;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Splits every passage into tokens: words (with their internal apostrophes), numbers ("200,000", "3.3"),
/// abbreviations with their period ("U.S.", "Mr.", "G."), the possessive "'s" as a token of its own, hyphens and
/// other punctuation one character each. Hyphenated words are split so "Russia-Ukraine" yields both countries;
/// recognisers that need "Myong-ho" whole join tokens that touch.
/// </summary>
public sealed class Tokenizer(AbbreviationList abbreviations) : IStage
{
    public Document Process(Document document)
    {
        var body = document.Body;
        var tokens = new List<Token>(body.Length / 5);
        foreach (var passage in document.Article.Passages)
        {
            Tokenize(body, passage.Range, tokens);
        }

        return document with { Tokens = tokens.ToArray() };
    }

    public void Tokenize(string body, TextRange range, List<Token> tokens)
    {
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsDigit(c))
            {
                var start = i;
                i++;
                while (i < end && (char.IsDigit(body[i]) || (body[i] is ',' or '.' or ':' && i + 1 < end && char.IsDigit(body[i + 1]))))
                {
                    i++;
                }

                // Ordinals and unit suffixes ("11th", "5km") stay with their number.
                while (i < end && char.IsLetter(body[i]))
                {
                    i++;
                }

                tokens.Add(new Token(new TextRange(start, i), TokenKind.Number));
                continue;
            }

            if (char.IsLetter(c))
            {
                i = ReadWord(body, i, end, tokens);
                continue;
            }

            if (TextFold.IsApostrophe(c) && i + 1 < end && (body[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(body[i + 2])) && i > range.Start && char.IsLetterOrDigit(body[i - 1]))
            {
                tokens.Add(new Token(new TextRange(i, i + 2), TokenKind.Word));
                i += 2;
                continue;
            }

            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            if (c == '.' && i + 2 < end && body[i + 1] == '.' && body[i + 2] == '.')
            {
                tokens.Add(new Token(new TextRange(i, i + 3), TokenKind.Punctuation));
                i += 3;
                continue;
            }

            tokens.Add(new Token(new TextRange(i, i + 1), kind));
            i++;
        }
    }

    private int ReadWord(string body, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = body[i];
            if (char.IsLetterOrDigit(c) || c == '\u0301' || c == '\u0308')
            {
                i++;
                continue;
            }

            // An apostrophe inside a word ("O'Brien", "don't") but not the possessive 's, which is its own token.
            if (TextFold.IsApostrophe(c) && i + 1 < end && char.IsLetter(body[i + 1])
                && !((body[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(body[i + 2]))))
            {
                i++;
                continue;
            }

            break;
        }

        // Dotted abbreviations: "U.S.", "D.P.R.K.", "e.g." — letter, period, letter, period ...
        if (i - start <= 2 && IsDottedLetter(body, i, end))
        {
            var j = i;
            while (IsDottedLetter(body, j, end))
            {
                j += 2;
            }

            tokens.Add(new Token(new TextRange(start, j + 1), TokenKind.Word));
            return j + 1;
        }

        // A single capital as an initial ("G. Amartuvshin") or a listed abbreviation ("Mr.", "Gen.") keeps its period.
        if (i < end && body[i] == '.' && ((i - start == 1 && char.IsUpper(body[start])) || abbreviations.Contains(body.AsSpan(start, i - start + 1))))
        {
            tokens.Add(new Token(new TextRange(start, i + 1), TokenKind.Word));
            return i + 1;
        }

        tokens.Add(new Token(new TextRange(start, i), TokenKind.Word));
        return i;
    }

    /// <summary>Whether a period at <paramref name="i"/> is followed by one letter and another period (".S.").</summary>
    private static bool IsDottedLetter(string body, int i, int end) =>
        i + 2 < end && body[i] == '.' && char.IsLetter(body[i + 1]) && body[i + 2] == '.';
}
