using System.Text.Json;
using System.Text.Unicode;

namespace Entente.Ingest;

/// <summary>
/// Reads articles from JSON Lines (one JSON object a line; fields <c>id</c>, <c>text</c>, <c>published</c>, and
/// optionally <c>url</c>, <c>source</c>, <c>title</c>; others are ignored, so the gold files read as they are). The
/// stream is read line by line: a bad line becomes a <see cref="ReadProblem"/> and the lines after it still read.
/// </summary>
public static class JsonLinesReader
{
    /// <param name="inputName">How problems name the input (<c>gold.jsonl</c> gives <c>gold.jsonl line 7</c>).</param>
    /// <param name="stream">The JSON Lines bytes; read once, not disposed.</param>
    /// <param name="maxLineBytes">Lines longer than this are reported instead of read.</param>
    public static IEnumerable<ReadItem> Read(string inputName, Stream stream, int maxLineBytes = IngestLimits.MaxArticleBytes)
    {
        ArgumentNullException.ThrowIfNull(inputName);
        ArgumentNullException.ThrowIfNull(stream);
        return ReadLines(inputName, new ByteLineReader(stream, maxLineBytes));
    }

    private static IEnumerable<ReadItem> ReadLines(string inputName, ByteLineReader reader)
    {
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var anyContent = false;
        while (true)
        {
            RawLine? line;
            string? failure = null;
            try
            {
                line = reader.Next();
            }
            catch (IOException exception)
            {
                line = null;
                failure = exception.Message;
            }

            if (failure is not null)
            {
                yield return ReadItem.FromProblem(inputName, $"reading stopped: {failure}");
                yield break;
            }

            if (line is null)
            {
                if (!anyContent)
                {
                    yield return ReadItem.FromProblem(inputName, "empty file");
                }

                yield break;
            }

            var item = ReadLine(inputName, line, firstLineOfId);
            if (item is not null)
            {
                anyContent = true;
                yield return item;
            }
        }
    }

    private static ReadItem? ReadLine(string inputName, RawLine line, Dictionary<string, int> firstLineOfId)
    {
        var where = $"{inputName} line {line.Number}";
        if (line.TooLong)
        {
            return ReadItem.FromProblem(where, $"line is {IngestLimits.Megabytes(line.Length)}; single articles over 20 MB are not read");
        }

        var skip = line.Number == 1 && line.Bytes.AsSpan().StartsWith(StrictTextDecoder.ByteOrderMark) ? 3 : 0;
        var bytes = line.Bytes.AsMemory(skip);
        if (IsBlank(bytes.Span))
        {
            return null;
        }

        if (!Utf8.IsValid(bytes.Span))
        {
            var offset = line.Offset + skip + StrictTextDecoder.InvalidByteOffset(bytes.Span);
            return ReadItem.FromProblem(where, $"not valid UTF-8 (byte offset {offset})");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException exception)
        {
            return ReadItem.FromProblem(where, $"invalid JSON (at byte {exception.BytePositionInLine ?? 0} of the line)");
        }

        using (document)
        {
            return ReadObject(where, line.Number, document.RootElement, firstLineOfId);
        }
    }

    private static ReadItem ReadObject(string where, int lineNumber, JsonElement root, Dictionary<string, int> firstLineOfId)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ReadItem.FromProblem(where, "not a JSON object");
        }

        var id = root.TryGetProperty("id", out var idElement) ? IdText(idElement) : null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return ReadItem.FromProblem(where, "missing \"id\"");
        }

        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            return ReadItem.FromProblem(where, textElement.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
                ? "missing \"text\""
                : "\"text\" is not a string");
        }

        var text = textElement.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadItem.FromProblem(where, "empty \"text\"");
        }

        if (!root.TryGetProperty("published", out var publishedElement)
            || publishedElement.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return ReadItem.FromProblem(where, "missing \"published\"");
        }

        var published = publishedElement.ValueKind == JsonValueKind.String ? publishedElement.GetString() : publishedElement.GetRawText();
        if (publishedElement.ValueKind != JsonValueKind.String || !PublicationDates.TryParseIso(published, out var date))
        {
            return ReadItem.FromProblem(where, $"invalid published {Quote(published)} (expected YYYY-MM-DD or an ISO 8601 date-time)");
        }

        if (firstLineOfId.TryGetValue(id, out var firstLine))
        {
            return ReadItem.FromProblem(where, $"duplicate id {Quote(id)} (first on line {firstLine})");
        }

        firstLineOfId[id] = lineNumber;
        var title = OptionalString(root, "title");
        var article = new Article
        {
            Id = id,
            Body = text,
            Published = date,
            Url = OptionalString(root, "url"),
            Source = OptionalString(root, "source"),
            Title = title,
        };
        return ScrapedPageLayout.Analyze(text, title).ApplyTo(article);
    }

    private static string? IdText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(element.GetString())
            ? element.GetString()
            : null;

    private static string Quote(string? value)
    {
        var text = value ?? string.Empty;
        return "\"" + (text.Length > 40 ? text[..40] + "…" : text) + "\"";
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
