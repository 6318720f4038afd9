using System.Text.Encodings.Web;
using Entente.Web.Dashboard;

namespace Entente.Web.Tests;

public sealed class ArticleTextTests
{
    [Fact]
    public void Writes_evidence_in_a_mark_and_highlights_in_titled_spans_with_all_text_encoded()
    {
        var pieces = new[]
        {
            new TextPiece(false, [new TextSegment("<script>x</script> ", Highlight.None, null)]),
            new TextPiece(true, [new TextSegment("Mongolia", Highlight.Actor, "MNG \"government\""), new TextSegment(" met ", Highlight.None, null), new TextSegment("Seoul", Highlight.Place, null)]),
        };
        using var writer = new StringWriter();
        new ArticleText(pieces).WriteTo(writer, HtmlEncoder.Default);
        Assert.Equal(
            "&lt;script&gt;x&lt;/script&gt; <mark class=\"evidence\"><span class=\"hl hl-actor\" title=\"MNG &quot;government&quot;\">Mongolia</span> met <span class=\"hl hl-place\">Seoul</span></mark>",
            writer.ToString());
    }
}
