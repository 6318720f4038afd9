using System.Xml;
using System.Xml.Linq;

namespace Entente.Ingest;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is an article whose body is its HTML content or
/// summary turned into text. A bad item is reported on its own; the other items still read.
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <param name="inputName">How problems name the input (<c>feed.xml</c> gives <c>feed.xml item 3</c>).</param>
    /// <param name="xml">The feed document.</param>
    public static IEnumerable<ReadItem> Read(string inputName, string xml)
    {
        ArgumentNullException.ThrowIfNull(inputName);
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            document = Parse(xml);
        }
        catch (XmlException exception)
        {
            return [ReadItem.FromProblem(inputName, $"not well-formed XML (line {exception.LineNumber}, position {exception.LinePosition})")];
        }

        var root = document.Root!;
        var stem = Path.GetFileNameWithoutExtension(inputName);
        if (root.Name == Atom + "feed")
        {
            var source = Text(root.Element(Atom + "title"));
            return root.Elements(Atom + "entry").Select((entry, i) => Guarded(inputName, i + 1, () => ReadAtomEntry(inputName, stem, i + 1, entry, source)));
        }

        if (root.Name.LocalName == "rss")
        {
            var channel = root.Element("channel");
            var source = Text(channel?.Element("title"));
            return (channel?.Elements("item") ?? []).Select((item, i) => Guarded(inputName, i + 1, () => ReadRssItem(inputName, stem, i + 1, item, source, XNamespace.None)));
        }

        if (root.Name == Rdf + "RDF")
        {
            var source = Text(root.Element(Rss1 + "channel")?.Element(Rss1 + "title"));
            return root.Elements(Rss1 + "item").Select((item, i) => Guarded(inputName, i + 1, () => ReadRssItem(inputName, stem, i + 1, item, source, Rss1)));
        }

        return [ReadItem.FromProblem(inputName, $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)")];
    }

    // Items are read lazily, after Read has returned; one item whose markup breaks a parser must not end the feed.
    private static ReadItem Guarded(string inputName, int number, Func<ReadItem> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ReadItem.FromProblem($"{inputName} item {number}", $"could not read the item: {exception.Message}");
        }
    }

    // No DTD processing and no resolver: a feed cannot make the reader fetch files or expand entity bombs (XXE).
    private static XDocument Parse(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static ReadItem ReadRssItem(string inputName, string stem, int number, XElement item, string? source, XNamespace ns)
    {
        var where = $"{inputName} item {number}";
        var link = Text(item.Element(ns + "link"));
        var guid = Text(item.Element(ns + "guid"));
        var (dateField, dateText) = FirstPresent(("pubDate", item.Element(ns + "pubDate")), ("dc:date", item.Element(DublinCore + "date")));
        var html = Text(item.Element(Content + "encoded")) ?? Text(item.Element(ns + "description"));
        var tags = item.Elements(ns + "category").Select(Text).Concat(item.Elements(DublinCore + "subject").Select(Text));
        return Build(where, guid ?? link ?? $"{stem}-{number}", Text(item.Element(ns + "title")), link ?? (IsUrl(guid) ? guid : null),
            source, dateField, dateText, html, isHtml: true, tags);
    }

    private static ReadItem ReadAtomEntry(string inputName, string stem, int number, XElement entry, string? source)
    {
        var where = $"{inputName} item {number}";
        var link = entry.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .Select(l => ((string?)l.Attribute("href"))?.Trim())
            .FirstOrDefault(href => !string.IsNullOrEmpty(href));
        var (dateField, dateText) = FirstPresent(("published", entry.Element(Atom + "published")), ("updated", entry.Element(Atom + "updated")));
        var content = entry.Element(Atom + "content") ?? entry.Element(Atom + "summary");
        var (body, isHtml) = AtomText(content);
        var tags = entry.Elements(Atom + "category").Select(c => ((string?)c.Attribute("label") ?? (string?)c.Attribute("term"))?.Trim());
        var title = AtomText(entry.Element(Atom + "title"));
        var titleText = title.IsHtml && title.Text is not null ? HtmlTextExtractor.FromHtml(title.Text).Text : title.Text;
        return Build(where, Text(entry.Element(Atom + "id")) ?? link ?? $"{stem}-{number}", titleText, link, source,
            dateField, dateText, body, isHtml, tags);
    }

    private static ReadItem Build(
        string where,
        string id,
        string? title,
        string? url,
        string? source,
        string dateField,
        string? dateText,
        string? content,
        bool isHtml,
        IEnumerable<string?> tags)
    {
        DateOnly? published = null;
        if (dateText is not null)
        {
            if (!PublicationDates.TryParse(dateText, out var date))
            {
                return ReadItem.FromProblem(where, $"invalid {dateField} \"{dateText}\"");
            }

            published = date;
        }

        var html = content is not null && isHtml ? HtmlTextExtractor.FromHtml(content) : null;
        var body = html?.Text ?? content?.Trim() ?? string.Empty;
        if (string.IsNullOrWhiteSpace(body))
        {
            return ReadItem.FromProblem(where, "no text (the item has no description or content)");
        }

        var article = new Article
        {
            Id = id,
            Body = body,
            Url = url,
            Source = source,
            Published = published,
            Title = title,
            Tags = [.. tags.Where(tag => !string.IsNullOrEmpty(tag)).Select(tag => tag!).Distinct(StringComparer.OrdinalIgnoreCase)],
        };
        var layout = ScrapedPageLayout.Analyze(body, title);
        return layout.ApplyTo(article) with { Passages = html?.WithCaptions(layout.Passages) ?? layout.Passages };
    }

    // Atom text constructs: type="text" is plain, "html" is escaped markup, "xhtml" is inline markup in a div.
    private static (string? Text, bool IsHtml) AtomText(XElement? element)
    {
        if (element is null)
        {
            return (null, false);
        }

        return ((string?)element.Attribute("type"))?.Trim().ToUpperInvariant() switch
        {
            "HTML" or "TEXT/HTML" => (element.Value, true),
            "XHTML" or "APPLICATION/XHTML+XML" => (string.Concat(element.Nodes().Select(node => node.ToString())), true),
            _ => (element.Value.Trim(), false),
        };
    }

    private static (string Field, string? Text) FirstPresent(params (string Field, XElement? Element)[] candidates)
    {
        foreach (var (field, element) in candidates)
        {
            var text = Text(element);
            if (text is not null)
            {
                return (field, text);
            }
        }

        return (candidates[0].Field, null);
    }

    private static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static bool IsUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
