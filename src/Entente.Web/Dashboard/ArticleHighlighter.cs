using Entente.Pipeline;
using Entente.Text;

namespace Entente.Web.Dashboard;

/// <summary>
/// Cuts an article into pieces for display: the evidence ranges become their own pieces (one <c>mark</c> each on the
/// page), and within every piece the recoded text layer's actors, people, places and dates, and the triggers, are
/// segments. Spans are character ranges into the body, so the pieces put together are the body exactly; the page
/// encodes every segment's text.
/// </summary>
public static class ArticleHighlighter
{
    public static IReadOnlyList<TextPiece> Cut(Document document, IReadOnlyList<TextRange> evidence, IReadOnlyList<TextRange> triggers)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.Body;
        var marks = Spans(document, triggers);
        var pieces = new List<TextPiece>();
        var position = 0;
        foreach (var range in Merge(evidence, body.Length))
        {
            if (range.Start > position)
            {
                pieces.Add(new TextPiece(false, Segments(body, new TextRange(position, range.Start), marks)));
            }

            pieces.Add(new TextPiece(true, Segments(body, range, marks)));
            position = range.End;
        }

        if (position < body.Length)
        {
            pieces.Add(new TextPiece(false, Segments(body, new TextRange(position, body.Length), marks)));
        }

        return pieces;
    }

    /// <summary>Every highlight, earliest first; where two overlap the earlier (or, at one start, the longer) wins.</summary>
    private static List<(TextRange Range, Highlight Kind, string Note)> Spans(Document document, IReadOnlyList<TextRange> triggers)
    {
        var all = new List<(TextRange Range, Highlight Kind, string Note)>();
        all.AddRange(triggers.Select(t => (t, Highlight.Trigger, "trigger")));
        all.AddRange(document.People.Select(p => (p.Range, Highlight.Person, Describe("person", p.Name, p.Role, p.Country))));
        all.AddRange(document.Actors.Select(a => (a.Range, Highlight.Actor, Describe("actor", a.Country, a.Sector, a.Role))));
        all.AddRange(document.Places.Select(p => (p.Range, Highlight.Place, Describe("place", p.Name, p.Country, null))));
        all.AddRange(document.Dates.Select(d => (d.Range, Highlight.Date, Describe("date", d.Start.ToString(), d.End?.ToString(), null))));
        var kept = new List<(TextRange Range, Highlight Kind, string Note)>();
        foreach (var span in all.Where(s => s.Range.Length > 0 && s.Range.End <= document.Body.Length).OrderBy(s => s.Range.Start).ThenByDescending(s => s.Range.Length))
        {
            if (kept.Count == 0 || kept[^1].Range.End <= span.Range.Start)
            {
                kept.Add(span);
            }
        }

        return kept;
    }

    private static List<TextSegment> Segments(string body, TextRange piece, List<(TextRange Range, Highlight Kind, string Note)> marks)
    {
        var segments = new List<TextSegment>();
        var position = piece.Start;
        foreach (var (range, kind, note) in marks.Where(m => m.Range.Overlaps(piece)))
        {
            // A span crossing the evidence boundary is cut there, so each part stays inside its piece.
            var start = Math.Max(range.Start, piece.Start);
            var end = Math.Min(range.End, piece.End);
            if (start > position)
            {
                segments.Add(new TextSegment(body[position..start], Highlight.None, null));
            }

            segments.Add(new TextSegment(body[start..end], kind, note));
            position = end;
        }

        if (position < piece.End)
        {
            segments.Add(new TextSegment(body[position..piece.End], Highlight.None, null));
        }

        return segments;
    }

    private static IEnumerable<TextRange> Merge(IReadOnlyList<TextRange> ranges, int length)
    {
        TextRange? current = null;
        foreach (var range in ranges.Where(r => r.Length > 0 && r.End <= length).OrderBy(r => r.Start))
        {
            if (current is { } open && range.Start <= open.End)
            {
                current = new TextRange(open.Start, Math.Max(open.End, range.End));
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = range;
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    private static string Describe(string kind, string? first, string? second, string? third) =>
        string.Join(" · ", new[] { kind, first, second, third }.Where(part => !string.IsNullOrEmpty(part)));
}
