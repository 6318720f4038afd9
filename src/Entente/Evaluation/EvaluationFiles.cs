using System.Text;
using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// Reads gold sets and prediction files the way score.py does: UTF-8 (a byte-order mark is not skipped), lines ended
/// by <c>\n</c>, <c>\r\n</c> or <c>\r</c>, blank lines ignored. A gold line that does not parse stops the run; a
/// prediction line that does not parse is counted and skipped.
/// </summary>
public static class EvaluationFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="InvalidDataException">A line is not a JSON object, or the file is not UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<JsonElement> ReadGoldArticles(string path) => ParseGoldArticles(ReadText(path));

    /// <exception cref="InvalidDataException">A line is not a JSON object.</exception>
    public static IReadOnlyList<JsonElement> ParseGoldArticles(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var articles = new List<JsonElement>();
        var lines = PythonText.UniversalLines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (PythonText.Strip(lines[i]).Length == 0)
            {
                continue;
            }

            var element = TryParse(lines[i]) ?? throw new InvalidDataException($"line {i + 1} is not valid JSON");
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"line {i + 1} is not a JSON object");
            }

            articles.Add(element);
        }

        return articles;
    }

    /// <exception cref="InvalidDataException">The file is not UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PredictionLines ReadPredictions(string path) => ParsePredictions(ReadText(path));

    /// <summary>
    /// Parses prediction lines. A line that is JSON but not an object stops score.py; here it counts as unparsable.
    /// </summary>
    public static PredictionLines ParsePredictions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var events = new List<JsonElement>();
        var unparsable = 0;
        foreach (var line in PythonText.UniversalLines(text))
        {
            if (PythonText.Strip(line).Length == 0)
            {
                continue;
            }

            if (TryParse(line) is { ValueKind: JsonValueKind.Object } element)
            {
                events.Add(element);
            }
            else
            {
                unparsable++;
            }
        }

        return new PredictionLines(events, unparsable);
    }

    /// <summary>A file's text as Python's <c>open(path, encoding="utf-8")</c> reads it.</summary>
    /// <exception cref="InvalidDataException">The file is not UTF-8.</exception>
    public static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException($"{path} is not UTF-8", exception);
        }
    }

    // json.loads refuses a leading byte-order mark; System.Text.Json might not.
    private static JsonElement? TryParse(string line)
    {
        if (line.Length > 0 && line[0] == '\uFEFF')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
