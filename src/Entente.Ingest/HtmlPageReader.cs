using System.Diagnostics.CodeAnalysis;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Ingest;

/// <summary>
/// Reads a saved HTML page: SmartReader finds the article in it; AngleSharp reads what SmartReader leaves out (the
/// page's own publication date, section, keywords and canonical URL). The body is the extracted text, one paragraph
/// per block with blank lines between, and figure captions become caption passages.
/// </summary>
public static class HtmlPageReader
{
    /// <param name="inputName">How problems name the input.</param>
    /// <param name="id">The article id (the file name without extension).</param>
    /// <param name="html">The page.</param>
    /// <param name="location">The file path; the URL when the page does not name its own.</param>
    public static ReadItem Read(string inputName, string id, string html, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(inputName);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(html);
        try
        {
            return ReadPage(inputName, id, html, location);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Third-party parsers on hostile markup: a page that breaks them is one bad item, not a failed batch.
            return ReadItem.FromProblem(inputName, $"could not read HTML: {exception.Message}");
        }
    }

    private static ReadItem ReadPage(string inputName, string id, string html, string? location)
    {
        var document = new HtmlParser().ParseDocument(html);
        var url = AbsoluteHttpUrl(document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href"))
            ?? AbsoluteHttpUrl(Meta(document, "og:url"));
        var extracted = Extract(url ?? FileUrl(location), html);
        var text = extracted is { Content.Length: > 0 } ? HtmlTextExtractor.FromHtml(extracted.Content) : null;
        if (!HasArticleText(text))
        {
            // SmartReader gives up on short pages; the page's own article element, or its body without menus, is
            // still better than nothing.
            var root = (INode?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
            text = root is null ? null : HtmlTextExtractor.FromNode(root, skipPageChrome: true);
        }

        if (!HasArticleText(text))
        {
            return ReadItem.FromProblem(inputName, "no article text found");
        }

        var title = FirstText(extracted?.Title, Meta(document, "og:title"), document.Title);
        var article = new Article
        {
            Id = id,
            Body = text.Text,
            Url = url ?? location,
            Source = FirstText(extracted?.SiteName, Meta(document, "og:site_name")),
            Published = PublishedDate(document, extracted),
            Title = title,
            Section = FirstText(Meta(document, "article:section")),
            Tags = Tags(document),
        };
        var layout = ScrapedPageLayout.Analyze(text.Text, title);
        return layout.ApplyTo(article) with { Passages = text.WithCaptions(layout.Passages) };
    }

    // A menu word or a lone link is not an article; a paragraph of a few words at least is.
    private static bool HasArticleText([NotNullWhen(true)] HtmlText? text) =>
        text is not null && text.Text.Split('\n').Any(line => LineShape.WordCount(line) >= 4);

    private static SmartReader.Article? Extract(string url, string html)
    {
        try
        {
            // Reader(url, html) parses the given markup; ParseArticle(url, html) would download the URL instead.
            return new SmartReader.Reader(url, html).GetArticle();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static DateOnly? PublishedDate(IHtmlDocument document, SmartReader.Article? extracted)
    {
        var written = new[]
        {
            Meta(document, "article:published_time"),
            Meta(document, "datePublished"),
            Meta(document, "date"),
            Meta(document, "dc.date"),
            document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("content"),
            document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        };
        foreach (var candidate in written)
        {
            if (PublicationDates.TryParse(candidate, out var date))
            {
                return date;
            }
        }

        return extracted?.PublicationDate is { } when ? DateOnly.FromDateTime(when) : null;
    }

    private static List<string> Tags(IHtmlDocument document)
    {
        var tags = MetaAll(document, "article:tag").ToList();
        var keywords = Meta(document, "keywords");
        if (keywords is not null)
        {
            tags.AddRange(keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return [.. tags.Where(tag => tag.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string? Meta(IHtmlDocument document, string name) => MetaAll(document, name).FirstOrDefault();

    private static IEnumerable<string> MetaAll(IHtmlDocument document, string name) =>
        document.QuerySelectorAll("meta")
            .Where(meta => string.Equals(meta.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))
            .Select(meta => meta.GetAttribute("content")?.Trim())
            .Where(content => !string.IsNullOrEmpty(content))
            .Select(content => content!);

    private static string? FirstText(params string?[] candidates) =>
        candidates.Select(candidate => candidate?.Trim()).FirstOrDefault(candidate => !string.IsNullOrEmpty(candidate));

    private static string? AbsoluteHttpUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    // SmartReader needs an absolute URL to resolve relative links against; a local file has a file URL.
    private static string FileUrl(string? location)
    {
        if (!string.IsNullOrEmpty(location))
        {
            try
            {
                return new Uri(Path.GetFullPath(location)).AbsoluteUri;
            }
            catch (Exception exception) when (exception is ArgumentException or UriFormatException or NotSupportedException or PathTooLongException)
            {
                // Fall through to the placeholder: the URL only anchors relative links.
            }
        }

        return "https://localhost/";
    }
}
