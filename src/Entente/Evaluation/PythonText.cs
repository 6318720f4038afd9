using System.Globalization;
using System.Numerics;
using System.Text;

namespace Entente.Evaluation;

/// <summary>
/// Python string behaviour the reference scorers print or branch on: <c>repr</c>, <c>strip</c>, <c>isdigit</c>,
/// <c>int()</c>, slicing and ordering by code point, and the universal newlines of a file opened in text mode.
/// </summary>
internal static class PythonText
{
    /// <summary>Orders strings by code point, as Python's <c>sorted</c> does (UTF-16 order differs above U+D7FF).</summary>
    public static IComparer<string> CodePointOrder { get; } = Comparer<string>.Create(CompareCodePoints);

    /// <summary>Python's <c>repr(s)</c>: single quotes unless the text holds one and no double quote.</summary>
    public static string Repr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = (int)text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            switch (codePoint)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '\t':
                    builder.Append(@"\t");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                case '\r':
                    builder.Append(@"\r");
                    break;
                default:
                    if (codePoint == quote)
                    {
                        builder.Append('\\').Append(quote);
                    }
                    else if (codePoint is < ' ' or 0x7f)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\x{codePoint:x2}");
                    }
                    else if (codePoint < 0x7f || IsPrintable(codePoint))
                    {
                        builder.Append(char.ConvertFromUtf32(codePoint));
                    }
                    else if (codePoint <= 0xff)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\x{codePoint:x2}");
                    }
                    else if (codePoint <= 0xffff)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{codePoint:x4}");
                    }
                    else
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\U{codePoint:x8}");
                    }

                    break;
            }
        }

        return builder.Append(quote).ToString();
    }

    /// <summary>The code points of a string, each as a string (a lone surrogate stays one unit, as in Python).</summary>
    public static IEnumerable<string> CodePoints(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            yield return text.Substring(i, width);
            i += width - 1;
        }
    }

    public static int CodePointLength(string text) => CodePoints(text).Count();

    /// <summary>Python's <c>s[:count]</c>: the first <paramref name="count"/> code points.</summary>
    public static string Head(string text, int count)
    {
        var taken = 0;
        var end = 0;
        while (end < text.Length && taken < count)
        {
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
            taken++;
        }

        return text[..end];
    }

    /// <summary>Python's <c>f"{s:width}"</c> for a string: left-aligned, padded to <paramref name="width"/> code points.</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - CodePointLength(text)));

    /// <summary>Python's <c>str.isspace</c> for one character.</summary>
    public static bool IsSpace(char c) =>
        c is (>= '\t' and <= '\r') or (>= '\x1c' and <= ' ') or '\x85' or '\xa0' or '\u1680' or (>= '\u2000' and <= '\u200a')
            or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    /// <summary>Python's <c>str.strip()</c>.</summary>
    public static string Strip(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>Python's <c>str.isdigit()</c>: not empty, and every code point has a Unicode digit value.</summary>
    public static bool IsDigit(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (CharUnicodeInfo.GetDigitValue(text, i) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Python's <c>int(s)</c>: surrounding whitespace, an optional sign, decimal digits of any script, single
    /// underscores between digits. False where Python raises <c>ValueError</c>.
    /// </summary>
    public static bool TryParseInt(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var body = Strip(text);
        var negative = false;
        if (body.Length > 0 && body[0] is '+' or '-')
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        var digits = 0;
        var lastWasUnderscore = false;
        for (var i = 0; i < body.Length; i += char.IsSurrogatePair(body, i) ? 2 : 1)
        {
            if (body[i] == '_')
            {
                if (digits == 0 || lastWasUnderscore)
                {
                    return false;
                }

                lastWasUnderscore = true;
                continue;
            }

            var digit = CharUnicodeInfo.GetDecimalDigitValue(body, i);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 10) + digit;
            digits++;
            lastWasUnderscore = false;
        }

        if (digits == 0 || lastWasUnderscore)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>The lines of a file read in Python's text mode: <c>\r\n</c>, <c>\r</c> and <c>\n</c> all end a line.</summary>
    public static string[] UniversalLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    private static int CompareCodePoints(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                // A surrogate stands for a code point above U+FFFF, so it sorts after every other UTF-16 unit.
                return OrderKey(x[i]).CompareTo(OrderKey(y[i]));
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static int OrderKey(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;

    // Python prints a character as is unless it is a control, format, surrogate, private-use, unassigned or
    // separator character (the space excepted).
    private static bool IsPrintable(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }
}
