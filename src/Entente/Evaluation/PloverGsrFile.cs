using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// Reads PLOVER_GSR_CAMEO.txt: a JSON array of records (readme: "Only non-null JSON fields are included"). Records
/// without a sentence — the leading DOCUMENT record — are skipped. <c>target</c> is a list of actors, or an empty or
/// stray string meaning none.
/// </summary>
public static class PloverGsrFile
{
    /// <exception cref="InvalidDataException">The file is not a JSON array of objects.</exception>
    public static IReadOnlyList<PloverGsrRecord> Read(string path) => Parse(EvaluationFiles.ReadText(path));

    /// <exception cref="InvalidDataException">The text is not a JSON array of objects.</exception>
    public static IReadOnlyList<PloverGsrRecord> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"not valid JSON (line {exception.LineNumber + 1})", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("not a JSON array of records");
            }

            var records = new List<PloverGsrRecord>();
            foreach (var record in document.RootElement.EnumerateArray())
            {
                if (record.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException("a record is not a JSON object");
                }

                var text = StringOf(record, "text");
                var id = StringOf(record, "id");
                var eventType = StringOf(record, "event");
                if (string.IsNullOrWhiteSpace(text) || id is null || eventType is null)
                {
                    continue;
                }

                records.Add(new PloverGsrRecord(
                    id,
                    eventType,
                    StringOf(record, "mode") is { Length: > 0 } mode ? mode : null,
                    StringOf(record, "date"),
                    text,
                    CodesOf(record, "source"),
                    CodesOf(record, "target")));
            }

            return records;
        }
    }

    private static string? StringOf(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> CodesOf(JsonElement record, string name) =>
        record.TryGetProperty(name, out var actors) && actors.ValueKind == JsonValueKind.Array
            ? [.. actors.EnumerateArray()
                .Where(a => a.ValueKind == JsonValueKind.Object)
                .Select(a => StringOf(a, "code"))
                .OfType<string>()
                .Where(code => code.Length > 0)]
            : [];
}
