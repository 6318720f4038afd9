using System.Xml;
using System.Xml.Linq;

namespace Entente.Ingest;

/// <summary>
/// Lists a feed's items with their links, one entry per item in the order <see cref="FeedReader"/> reads them, so the
/// two lists pair up by position. <see cref="FeedReader"/> gives no article for an item without text (the common
/// headline-and-link feed), so the link and metadata of such an item are read here instead.
/// </summary>
internal static class FeedEntries
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>One entry per item, null for an item without a link; empty when the text is not a feed.</summary>
    public static IReadOnlyList<FeedEntry?> Read(string xml)
    {
        XElement root;
        try
        {
            root = Parse(xml).Root!;
        }
        catch (XmlException)
        {
            return [];
        }

        if (root.Name == Atom + "feed")
        {
            return [.. root.Elements(Atom + "entry").Select(AtomEntry)];
        }

        if (root.Name.LocalName == "rss")
        {
            return [.. (root.Element("channel")?.Elements("item") ?? []).Select(item => RssItem(item, XNamespace.None))];
        }

        return root.Name == Rdf + "RDF" ? [.. root.Elements(Rss1 + "item").Select(item => RssItem(item, Rss1))] : [];
    }

    // The same settings as FeedReader: no DTD processing and no resolver, so a feed cannot make the reader fetch files
    // or expand entity bombs (XXE).
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

    private static FeedEntry? RssItem(XElement item, XNamespace ns)
    {
        var guid = Text(item.Element(ns + "guid"));
        var link = Text(item.Element(ns + "link")) ?? (IsHttpUrl(guid) ? guid : null);
        if (link is null)
        {
            return null;
        }

        var date = Text(item.Element(ns + "pubDate")) ?? Text(item.Element(DublinCore + "date"));
        return new FeedEntry(link, guid ?? link, Text(item.Element(ns + "title")), Date(date));
    }

    private static FeedEntry? AtomEntry(XElement entry)
    {
        var link = entry.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .Select(l => ((string?)l.Attribute("href"))?.Trim())
            .FirstOrDefault(href => !string.IsNullOrEmpty(href));
        if (link is null)
        {
            return null;
        }

        var date = Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"));
        return new FeedEntry(link, Text(entry.Element(Atom + "id")) ?? link, AtomTitle(entry.Element(Atom + "title")), Date(date));
    }

    // Atom titles may be escaped or inline markup; the article title is its text.
    private static string? AtomTitle(XElement? title)
    {
        var text = ((string?)title?.Attribute("type"))?.Trim().ToUpperInvariant() switch
        {
            "HTML" or "TEXT/HTML" => HtmlTextExtractor.FromHtml(title!.Value).Text,
            "XHTML" or "APPLICATION/XHTML+XML" => HtmlTextExtractor.FromHtml(string.Concat(title!.Nodes().Select(node => node.ToString()))).Text,
            _ => title?.Value,
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static DateOnly? Date(string? text) => PublicationDates.TryParse(text, out var date) ? date : null;

    private static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
