namespace Entente.Ingest;

/// <summary>
/// Reads a plain-text article: the whole text is the body, exactly as given; the page layout analysis decides which
/// parts are coded, so text copied from a web page loses its menus and headline copies without being edited.
/// </summary>
public static class PlainTextReader
{
    /// <param name="id">The article id: the file name without extension, or <c>stdin</c>.</param>
    /// <param name="text">The decoded text.</param>
    /// <param name="location">Where it came from (a path), kept as the article's URL when nothing better is known.</param>
    public static Article Read(string id, string text, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var article = new Article { Id = id, Body = text, Url = location };
        return ScrapedPageLayout.Analyze(text).ApplyTo(article);
    }
}
