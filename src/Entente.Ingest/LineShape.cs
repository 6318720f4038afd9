using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Ingest;

/// <summary>
/// Cheap tests of what a line of a scraped page looks like: a sentence of running text, a label, a headline. The
/// layout analysis is built from these, so they err towards "running text": losing a sentence costs events, keeping
/// a navigation label costs nothing.
/// </summary>
internal static partial class LineShape
{
    private const string ClosingMarks = "\"'”’»)]";

    private const string SentenceEnds = ".!?…。";

    /// <summary>Whitespace plus the invisible format characters scraped text is full of.</summary>
    public static bool IsBlank(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        var wordHasContent = false;
        foreach (var c in text)
        {
            if (IsBlank(c))
            {
                count += inWord && wordHasContent ? 1 : 0;
                inWord = false;
                wordHasContent = false;
            }
            else
            {
                inWord = true;
                wordHasContent |= char.IsLetterOrDigit(c);
            }
        }

        return count + (inWord && wordHasContent ? 1 : 0);
    }

    public static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && (IsBlank(text[end]) || ClosingMarks.Contains(text[end], StringComparison.Ordinal)))
        {
            end--;
        }

        return end >= 0 && SentenceEnds.Contains(text[end], StringComparison.Ordinal);
    }

    public static bool EndsWithFullStop(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && (IsBlank(text[end]) || ClosingMarks.Contains(text[end], StringComparison.Ordinal)))
        {
            end--;
        }

        return end >= 0 && text[end] is '.' or '。' or '…';
    }

    public static bool HasDigit(string text) => text.Any(char.IsDigit);

    public static bool HasLetter(string text) => text.Any(char.IsLetter);

    /// <summary>
    /// Running text: a sentence of a few words that ends like one, or a long line most of whose words are not
    /// capitalised (headlines and menus are title-cased).
    /// </summary>
    public static bool IsProse(string text)
    {
        var words = WordCount(text);
        return (words >= 5 && EndsSentence(text)) || (words >= 12 && LowercaseWordShare(text) >= 1.0 / 3);
    }

    /// <summary>One sentence of at least four words: what a standfirst (dek) is.</summary>
    public static bool IsSingleSentence(string text) =>
        WordCount(text) >= 4 && !HasSentenceBoundary(text);

    /// <summary>Whether one sentence ends and another starts inside the text.</summary>
    public static bool HasSentenceBoundary(string text) => InnerSentenceBoundary().IsMatch(text);

    /// <summary>A short line that is not a sentence: dates, bylines, "Updated", section labels.</summary>
    public static bool IsMetadataLine(string text) =>
        text.Length < 80 && WordCount(text) <= 10 && !EndsSentence(text);

    /// <summary>The form lines are compared in: case aside, whitespace runs as one space, curly quotes as straight.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsBlank(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '’' or '‘' or '`' or '´' => '\'',
                '“' or '”' or '„' => '"',
                '–' or '—' => '-',
                _ => char.ToUpperInvariant(c),
            });
        }

        return builder.ToString();
    }

    private static double LowercaseWordShare(string text)
    {
        var words = 0;
        var lowercase = 0;
        var atWordStart = true;
        foreach (var c in text)
        {
            if (IsBlank(c))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && char.IsLetter(c))
            {
                words++;
                lowercase += char.IsLower(c) ? 1 : 0;
                atWordStart = false;
            }
            else if (atWordStart && char.IsDigit(c))
            {
                atWordStart = false;
            }
        }

        return words == 0 ? 0 : (double)lowercase / words;
    }

    // A sentence end followed by the capital that starts the next sentence; abbreviations such as "U.S. ally" are
    // followed by lower case and do not match.
    [GeneratedRegex(@"[.!?…][""'”’)\]]*\s+[""“‘(]?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex InnerSentenceBoundary();
}
