using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Annotations;
using Entente.Pipeline;

namespace Entente.Cli.Output;

/// <summary>Writes events as ../shared/eval/FORMAT.md specifies: one JSON object per line.</summary>
public static class EventJson
{
    // Readable text (quotes, accents) in the output; the JSON stays valid.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(Document document, CodedEvent e)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("article_id", document.Article.Id);
            json.WriteString("type", e.Type);
            WriteNullable(json, "mode", e.Mode);
            json.WriteString("cameo", e.Cameo);
            json.WriteNumber("quad_class", e.QuadClass);
            json.WriteNumber("goldstein", e.Goldstein);
            WriteParticipants(json, "actors", e.Actors);
            WriteParticipants(json, "recipients", e.Recipients);
            WriteNullable(json, "date", e.Date?.Start.ToString());
            WriteNullable(json, "end_date", e.Date?.End?.ToString());
            WriteNullable(json, "date_text", e.Date is null ? null : document.TextOf(e.Date.Range));
            if (e.Location is { } location)
            {
                json.WriteStartObject("location");
                json.WriteString("name", location.Name);
                json.WriteString("country", location.Country);
                json.WriteNumber("lat", location.Latitude);
                json.WriteNumber("lon", location.Longitude);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("location");
            }

            json.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
            json.WriteNumber("confidence", e.Confidence);
            json.WriteStartObject("evidence");
            json.WriteNumber("sentence", e.Evidence.Sentence);
            json.WriteNumber("start", e.Evidence.Range.Start);
            json.WriteNumber("end", e.Evidence.Range.End);
            json.WriteString("text", document.TextOf(e.Evidence.Range));
            json.WriteString("trigger", document.TextOf(e.Evidence.Trigger));
            json.WriteString("pattern", e.Evidence.PatternId);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteParticipants(Utf8JsonWriter json, string name, IReadOnlyList<Participant> participants)
    {
        json.WriteStartArray(name);
        foreach (var participant in participants)
        {
            json.WriteStartObject();
            WriteNullable(json, "country", participant.Country);
            WriteNullable(json, "sector", participant.Sector);
            WriteNullable(json, "name", participant.Name);
            WriteNullable(json, "role", participant.Role);
            json.WriteString("text", participant.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
