using System.Globalization;
using System.Text;

namespace Entente.Evaluation;

/// <summary>
/// Python's <c>json.dumps</c> for the reports the reference scorers print: ", " and ": " separators (or
/// <c>indent=n</c> layout), floats as Python writes them, non-ASCII text escaped as <c>\uXXXX</c>.
/// Values are <see cref="int"/>, <see cref="double"/>, <see cref="string"/>, null, lists of strings, or nested objects
/// given as lists of key-value pairs.
/// </summary>
internal static class PythonJson
{
    public static string Dumps(IReadOnlyList<KeyValuePair<string, object?>> dict, int? indent = null)
    {
        var text = new StringBuilder();
        Write(text, dict, indent, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, int? indent, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case int number:
                text.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                text.Append(double.IsNaN(number) ? "NaN" : double.IsInfinity(number) ? (number > 0 ? "Infinity" : "-Infinity") : PythonFloat.Repr(number));
                break;
            case string s:
                WriteString(text, s);
                break;
            case IReadOnlyList<KeyValuePair<string, object?>> dict:
                WriteContainer(text, '{', '}', dict.Count, indent, depth, (i, inner) =>
                {
                    WriteString(text, dict[i].Key);
                    text.Append(": ");
                    Write(text, dict[i].Value, indent, inner);
                });
                break;
            case IReadOnlyList<string> list:
                WriteContainer(text, '[', ']', list.Count, indent, depth, (i, _) => WriteString(text, list[i]));
                break;
            default:
                throw new ArgumentException($"cannot write a {value.GetType().Name} as Python JSON", nameof(value));
        }
    }

    private static void WriteContainer(StringBuilder text, char open, char close, int count, int? indent, int depth, Action<int, int> writeItem)
    {
        text.Append(open);
        if (count == 0)
        {
            text.Append(close);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            if (indent is { } width)
            {
                text.Append(i == 0 ? "\n" : ",\n").Append(' ', width * (depth + 1));
            }
            else if (i > 0)
            {
                text.Append(", ");
            }

            writeItem(i, depth + 1);
        }

        if (indent is { } last)
        {
            text.Append('\n').Append(' ', last * depth);
        }

        text.Append(close);
    }

    private static void WriteString(StringBuilder text, string s)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append(@"\\");
                    break;
                case '\n':
                    text.Append(@"\n");
                    break;
                case '\r':
                    text.Append(@"\r");
                    break;
                case '\t':
                    text.Append(@"\t");
                    break;
                case '\b':
                    text.Append(@"\b");
                    break;
                case '\f':
                    text.Append(@"\f");
                    break;
                default:
                    if (c is < ' ' or > '~')
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
