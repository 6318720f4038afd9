namespace Entente.Ingest;

/// <summary>
/// Tells which reader an input needs: from the file extension when it says, otherwise from the first characters.
/// </summary>
public static class InputFormatDetector
{
    /// <summary>The format an extension names, or null when the extension does not settle it.</summary>
    public static InputFormat? FromExtension(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".JSONL" or ".NDJSON" => InputFormat.JsonLines,
            ".HTML" or ".HTM" or ".XHTML" => InputFormat.Html,
            ".XML" or ".RSS" or ".ATOM" => InputFormat.Feed,
            ".TXT" or ".MD" or ".TEXT" => InputFormat.PlainText,
            _ => null,
        };
    }

    /// <summary>Sniffs the start of a text: feeds, HTML pages and JSON Lines announce themselves early.</summary>
    public static InputFormat FromContent(ReadOnlySpan<char> start)
    {
        var head = start[..Math.Min(start.Length, 2048)].TrimStart("\uFEFF \t\r\n");
        if (head.StartsWith("{", StringComparison.Ordinal))
        {
            return InputFormat.JsonLines;
        }

        if (!head.StartsWith("<", StringComparison.Ordinal))
        {
            return InputFormat.PlainText;
        }

        if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Feed;
        }

        if (head.Contains("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        return head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) ? InputFormat.Feed : InputFormat.Html;
    }

    /// <summary>The extension's format if it names one, else the content's.</summary>
    public static InputFormat Detect(string path, ReadOnlySpan<char> start) =>
        FromExtension(path) ?? FromContent(start);
}
