using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Evaluation;

/// <summary>
/// Reads OEDA validation XML (e.g. PETR2_GSR_validation.xml) line by line as petr_records.py does: the files are
/// not well-formed XML (self-closing <c>&lt;Sentence/&gt;</c> tags later closed, <c>#</c> comment lines), so an
/// XML parser would refuse them.
/// </summary>
public static partial class PetrValidationFile
{
    /// <exception cref="InvalidDataException">A <c>&lt;Text&gt;</c> or <c>&lt;Parse&gt;</c> element is never closed.</exception>
    public static IReadOnlyList<PetrRecord> ReadRecords(string path) => ParseRecords(EvaluationFiles.ReadText(path));

    /// <summary>petr_records.py's <c>read_records</c>: records in file order, repeated ids made unique as <c>id~2</c>, <c>id~3</c>.</summary>
    /// <exception cref="InvalidDataException">A <c>&lt;Text&gt;</c> or <c>&lt;Parse&gt;</c> element is never closed.</exception>
    public static IReadOnlyList<PetrRecord> ParseRecords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = PythonText.UniversalLines(text);
        var records = new List<PetrRecord>();
        var gold = new List<PetrEventCode>();
        PetrRecord? current = null;

        // The record is immutable; each element read replaces it with a copy that has the element set.
        void Update(PetrRecord changed)
        {
            current = changed;
            records[^1] = changed;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var s = PythonText.Strip(lines[i]);
            if (s.StartsWith("<Stop", StringComparison.Ordinal))
            {
                break;
            }

            if (s.StartsWith("<Sentence ", StringComparison.Ordinal) || s == "<Sentence>")
            {
                var attributes = Attributes(s);
                gold = [];
                current = new PetrRecord(
                    attributes.GetValueOrDefault("id", string.Create(CultureInfo.InvariantCulture, $"rec{records.Count}")),
                    attributes.GetValueOrDefault("date", "20000101"),
                    attributes.GetValueOrDefault("category", string.Empty),
                    attributes.GetValueOrDefault("source", attributes.GetValueOrDefault("category", "x")),
                    string.Equals(attributes.GetValueOrDefault("evaluate", "true").ToLowerInvariant(), "true", StringComparison.Ordinal),
                    string.Empty,
                    string.Empty,
                    gold,
                    false);
                records.Add(current);
            }
            else if (current is not null && s.StartsWith("<EventCoding", StringComparison.Ordinal))
            {
                var attributes = Attributes(s);
                if (string.Equals(attributes.GetValueOrDefault("noevents", string.Empty).ToLowerInvariant(), "true", StringComparison.Ordinal))
                {
                    Update(current with { NoEvents = true });
                }
                else
                {
                    // "~" (isolated-agent shorthand) -> "---", as the upstream validation.py does.
                    gold.Add(new PetrEventCode(
                        attributes.GetValueOrDefault("eventcode", string.Empty),
                        attributes.GetValueOrDefault("sourcecode", "---").Replace("~", "---", StringComparison.Ordinal),
                        attributes.GetValueOrDefault("targetcode", "---").Replace("~", "---", StringComparison.Ordinal)));
                }
            }
            else if (current is not null && s.StartsWith("<Text", StringComparison.Ordinal))
            {
                var buffer = new List<string> { s[(s.IndexOf('>', StringComparison.Ordinal) + 1)..] };
                while (!buffer[^1].Contains("</Text>", StringComparison.Ordinal))
                {
                    i = NextLine(lines, i, "<Text>");
                    buffer.Add(lines[i]);
                }

                buffer[^1] = buffer[^1][..buffer[^1].IndexOf("</Text>", StringComparison.Ordinal)];
                Update(current with { Text = string.Join(" ", buffer.Select(PythonText.Strip).Where(x => x.Length > 0)) });
            }
            else if (current is not null && s.StartsWith("<Parse", StringComparison.Ordinal))
            {
                var buffer = new List<string>();
                var rest = s[(s.IndexOf('>', StringComparison.Ordinal) + 1)..];
                if (PythonText.Strip(rest).Length > 0)
                {
                    buffer.Add(rest);
                }

                i = NextLine(lines, i, "<Parse>");
                while (!lines[i].Contains("</Parse>", StringComparison.Ordinal))
                {
                    buffer.Add(lines[i]);
                    i = NextLine(lines, i, "<Parse>");
                }

                var tail = lines[i][..lines[i].IndexOf("</Parse>", StringComparison.Ordinal)];
                if (PythonText.Strip(tail).Length > 0)
                {
                    buffer.Add(tail);
                }

                // Keep CoNLL-U token lines only (drop blank and comment lines).
                Update(current with
                {
                    Parse = string.Join("\n", buffer
                        .Where(l => PythonText.Strip(l).Length > 0 && !l.StartsWith('#'))
                        .Select(l => l.TrimEnd('\r'))),
                });
            }
        }

        // Duplicate ids would collide in a coder's story table: make them unique ("<id>~2", "<id>~3", ...).
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < records.Count; r++)
        {
            var n = seen.GetValueOrDefault(records[r].Id) + 1;
            seen[records[r].Id] = n;
            if (n > 1)
            {
                records[r] = records[r] with { Id = string.Create(CultureInfo.InvariantCulture, $"{records[r].Id}~{n}") };
            }
        }

        return records;
    }

    /// <summary>petr_records.py's <c>read_include</c>: the categories in <c>&lt;Environment&gt;&lt;Include&gt;</c> without <c>valid</c>, or null.</summary>
    public static IReadOnlyList<string>? ReadInclude(string path) => ParseInclude(EvaluationFiles.ReadText(path));

    public static IReadOnlyList<string>? ParseInclude(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = PythonText.UniversalLines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            // Python iterates the lines with their newline, which the slice below can cut off.
            var line = i < lines.Length - 1 ? lines[i] + "\n" : lines[i];
            if (line.Contains("<Include", StringComparison.Ordinal))
            {
                var start = line.IndexOf('>', StringComparison.Ordinal) + 1;
                var end = line.IndexOf("</", StringComparison.Ordinal);
                end = end < 0 ? line.Length - 1 : end;
                var categories = end > start ? line[start..end] : string.Empty;
                return [.. categories.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(c => c != "valid")];
            }

            if (line.Contains("</Environment>", StringComparison.Ordinal) || line.Contains("<Sentence ", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    private static int NextLine(string[] lines, int index, string element) =>
        index + 1 < lines.Length ? index + 1 : throw new InvalidDataException($"{element} is not closed before the end of the file");

    private static Dictionary<string, string> Attributes(string line)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in AttributePattern().Matches(line))
        {
            attributes[match.Groups[1].Value] = match.Groups[2].Value;
        }

        return attributes;
    }

    [GeneratedRegex(@"([A-Za-z_][\w\-]*)\s*=\s*""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();
}
