using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Entente.Text;

namespace Entente.Ingest;

/// <summary>
/// Turns HTML into the plain text the engine codes: one paragraph per block element, separated by a blank line,
/// whitespace collapsed as a browser would, line breaks kept for <c>br</c> and <c>pre</c>. Figure captions are
/// remembered so they become caption passages.
/// </summary>
internal sealed class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "form", "iframe", "select", "textarea",
        "object", "embed", "canvas", "video", "audio", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "hr", "address", "details", "summary", "center", "body", "html",
    };

    private readonly StringBuilder output = new();
    private readonly StringBuilder block = new();
    private readonly List<TextRange> captions = [];
    private readonly ISet<string> extraSkipped;
    private int captionDepth;
    private int preDepth;

    private HtmlTextExtractor(ISet<string> extraSkipped)
    {
        this.extraSkipped = extraSkipped;
    }

    public static HtmlText FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is null ? new HtmlText(string.Empty, []) : FromNode(document.Body);
    }

    /// <param name="root">Where to start.</param>
    /// <param name="skipPageChrome">Also leave out navigation, headers, footers and asides (for whole pages).</param>
    public static HtmlText FromNode(INode root, bool skipPageChrome = false)
    {
        var skipped = skipPageChrome
            ? new HashSet<string>(["nav", "header", "footer", "aside"], StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var extractor = new HtmlTextExtractor(skipped);
        extractor.Walk(root);
        extractor.Flush();
        return new HtmlText(extractor.output.ToString(), extractor.captions);
    }

    private void Walk(INode node)
    {
        switch (node)
        {
            case IText text:
                AppendText(text.Data);
                break;
            case IElement element:
                WalkElement(element);
                break;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Walk(child);
                }

                break;
        }
    }

    private void WalkElement(IElement element)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name) || extraSkipped.Contains(name) || element.HasAttribute("hidden"))
        {
            return;
        }

        if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            block.Append('\n');
            return;
        }

        var isBlock = Blocks.Contains(name);
        var isCaption = name.Equals("figcaption", StringComparison.OrdinalIgnoreCase);
        var isPre = name.Equals("pre", StringComparison.OrdinalIgnoreCase);
        if (isBlock)
        {
            Flush();
        }

        captionDepth += isCaption ? 1 : 0;
        preDepth += isPre ? 1 : 0;
        foreach (var child in element.ChildNodes)
        {
            Walk(child);
        }

        if (isBlock)
        {
            Flush();
        }

        captionDepth -= isCaption ? 1 : 0;
        preDepth -= isPre ? 1 : 0;
    }

    private void AppendText(string data)
    {
        if (preDepth > 0)
        {
            block.Append(data);
            return;
        }

        foreach (var c in data)
        {
            // HTML collapses runs of ASCII whitespace; a no-break space is content and stays.
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (block.Length > 0 && block[^1] is not (' ' or '\n'))
                {
                    block.Append(' ');
                }
            }
            else
            {
                block.Append(c);
            }
        }
    }

    private void Flush()
    {
        var text = TrimLines(block.ToString());
        block.Clear();
        if (text.Length == 0)
        {
            return;
        }

        if (output.Length > 0)
        {
            output.Append("\n\n");
        }

        var start = output.Length;
        output.Append(text);
        if (captionDepth > 0)
        {
            captions.Add(new TextRange(start, output.Length));
        }
    }

    private static string TrimLines(string text)
    {
        var lines = text.Split('\n').Select(line => line.Trim()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        // Blank lines inside a block would read as paragraph breaks; a block is one paragraph.
        return string.Join('\n', lines.Where(line => line.Length > 0));
    }
}
