namespace Entente.Ingest;

/// <summary>
/// What a response's Content-Type says about the reader it needs. Specific types settle the format; generic text,
/// XML and JSON types (and a missing Content-Type) leave it to <see cref="InputFormatDetector.FromContent"/>, because
/// feeds are often served as <c>text/xml</c> and JSON Lines as <c>text/plain</c>.
/// </summary>
internal static class WebContentType
{
    /// <summary>The format the media type names, or null when the content has to be sniffed.</summary>
    public static InputFormat? DeclaredFormat(string? mediaType) => mediaType?.Trim().ToUpperInvariant() switch
    {
        "TEXT/HTML" or "APPLICATION/XHTML+XML" => InputFormat.Html,
        "APPLICATION/RSS+XML" or "APPLICATION/ATOM+XML" or "APPLICATION/RDF+XML" => InputFormat.Feed,
        "APPLICATION/X-NDJSON" or "APPLICATION/JSONL" or "APPLICATION/X-JSONLINES" => InputFormat.JsonLines,
        _ => null,
    };

    /// <summary>Whether any reader can read the media type; images, PDFs, archives and the like cannot.</summary>
    public static bool IsReadable(string? mediaType)
    {
        if (mediaType is null || DeclaredFormat(mediaType) is not null)
        {
            return true;
        }

        var type = mediaType.Trim().ToUpperInvariant();
        return type.StartsWith("TEXT/", StringComparison.Ordinal)
            || type.EndsWith("+XML", StringComparison.Ordinal)
            || type is "APPLICATION/XML" or "APPLICATION/JSON";
    }
}
