namespace Entente.Ingest;

/// <summary>
/// A body cut into lines, blank-line blocks and paragraphs, all as ranges into the untouched text. "\r\n", "\r",
/// "\n" and the Unicode line separators all end a line, so CRLF files are analysed like LF files without being
/// rewritten.
/// </summary>
internal sealed class LayoutText
{
    private LayoutText(IReadOnlyList<LayoutLine> lines, IReadOnlyList<LayoutUnit> units, int blockCount)
    {
        Lines = lines;
        Units = units;
        BlockCount = blockCount;
    }

    /// <summary>The non-blank lines, in order.</summary>
    public IReadOnlyList<LayoutLine> Lines { get; }

    /// <summary>The paragraphs, in order; they never overlap.</summary>
    public IReadOnlyList<LayoutUnit> Units { get; }

    public int BlockCount { get; }

    public static LayoutText Split(string body)
    {
        var lines = SplitLines(body);
        var units = new List<LayoutUnit>();
        var blockStart = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i == lines.Count || lines[i].Block != lines[blockStart].Block)
            {
                AddUnits(body, lines, blockStart, i - 1, units);
                blockStart = i;
            }
        }

        return new LayoutText(lines, units, lines.Count == 0 ? 0 : lines[^1].Block + 1);
    }

    private static List<LayoutLine> SplitLines(string body)
    {
        var lines = new List<LayoutLine>();
        var block = 0;
        var previousWasBlank = false;
        var lineStart = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && !IsLineBreak(body[i]))
            {
                continue;
            }

            var (start, end) = Trim(body, lineStart, i);
            if (start == end)
            {
                previousWasBlank = true;
            }
            else
            {
                if (previousWasBlank && lines.Count > 0)
                {
                    block++;
                }

                previousWasBlank = false;
                lines.Add(new LayoutLine(start, end, block));
            }

            if (i < body.Length - 1 && body[i] == '\r' && body[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        return lines;
    }

    // Scraped text uses one line per paragraph, so each line is its own paragraph; only a block that looks
    // hard-wrapped (plain-text files, e-mail) is one paragraph, or its sentences would be cut at every line end.
    private static void AddUnits(string body, List<LayoutLine> lines, int first, int last, List<LayoutUnit> units)
    {
        if (IsHardWrapped(body, lines, first, last))
        {
            units.Add(new LayoutUnit(lines[first].Start, lines[last].End, lines[first].Block, first, last));
            return;
        }

        for (var i = first; i <= last; i++)
        {
            units.Add(new LayoutUnit(lines[i].Start, lines[i].End, lines[i].Block, i, i));
        }
    }

    private static bool IsHardWrapped(string body, List<LayoutLine> lines, int first, int last)
    {
        var count = last - first + 1;
        if (count < 2)
        {
            return false;
        }

        var sentenceEnds = 0;
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            if (line.Length > 100 || (i < last && line.Length < 40))
            {
                return false;
            }

            if (i < last && LineShape.EndsSentence(body[line.Start..line.End]))
            {
                sentenceEnds++;
            }
        }

        // Two lines are only taken as one wrapped paragraph when the second clearly continues the first.
        var continues = count >= 3 || char.IsLower(body[lines[last].Start]);
        return continues && sentenceEnds * 2 < count - 1;
    }

    private static (int Start, int End) Trim(string body, int start, int end)
    {
        while (start < end && LineShape.IsBlank(body[start]))
        {
            start++;
        }

        while (end > start && LineShape.IsBlank(body[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
