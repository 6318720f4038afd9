namespace Entente.Ingest;

/// <summary>
/// Finds the layout of a web page saved as text: the headline (often repeated), section label, tags line,
/// standfirst, photo captions and credits, and the site's promotion at the end, so that only running text and
/// captions are coded. Pure: the same body always gives the same layout, and the body is never rewritten.
/// </summary>
/// <remarks>
/// The rules are generic page conventions, not fitted to one site. They lean towards keeping text: a paragraph
/// that reads as a sentence is dropped only when it is a repeated headline, the standfirst between headline
/// copies, or promotion at the very end. A body with no such header (ordinary news text) is all running text.
/// </remarks>
public static class ScrapedPageLayout
{
    /// <param name="body">The text as published or extracted.</param>
    /// <param name="knownTitle">The headline when the source gives it separately (JSON, HTML, feeds).</param>
    public static PageLayout Analyze(string body, string? knownTitle = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new PageLayoutAnalysis(body).Run(knownTitle);
    }
}
