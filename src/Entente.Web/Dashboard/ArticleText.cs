using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Entente.Web.Dashboard;

/// <summary>
/// An article's text with its highlights as HTML: the evidence in a mark, each highlighted segment in a span titled
/// with what the coder read there, all text encoded. Written straight to the page's writer because an article has
/// hundreds of segments and a Razor partial per segment cost the event page more than any query it makes.
/// </summary>
public sealed class ArticleText(IReadOnlyList<TextPiece> pieces) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        foreach (var piece in pieces)
        {
            if (piece.IsEvidence)
            {
                writer.Write("<mark class=\"evidence\">");
            }

            foreach (var segment in piece.Segments)
            {
                WriteSegment(writer, encoder, segment);
            }

            if (piece.IsEvidence)
            {
                writer.Write("</mark>");
            }
        }
    }

    private static void WriteSegment(TextWriter writer, HtmlEncoder encoder, TextSegment segment)
    {
        if (segment.Highlight == Highlight.None)
        {
            encoder.Encode(writer, segment.Text);
            return;
        }

        writer.Write("<span class=\"hl hl-");
        writer.Write(ClassOf(segment.Highlight));
        writer.Write('"');
        if (segment.Note is { } note)
        {
            writer.Write(" title=\"");
            encoder.Encode(writer, note);
            writer.Write('"');
        }

        writer.Write('>');
        encoder.Encode(writer, segment.Text);
        writer.Write("</span>");
    }

    private static string ClassOf(Highlight highlight) => highlight switch
    {
        Highlight.Trigger => "trigger",
        Highlight.Actor => "actor",
        Highlight.Person => "person",
        Highlight.Place => "place",
        Highlight.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(highlight), highlight, "no class for this highlight"),
    };
}
