using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Cli.Output;
using Entente.Storage;

namespace Entente.Cli.Store;

/// <summary>
/// The export formats of merged events: PLOVER-style JSON Lines with every mention's evidence; GDELT 2.0's event
/// columns (one row per event, first actor and first recipient, as GDELT has one of each); and a flat CSV.
/// </summary>
public static class StoredEventFormats
{
    public const string GdeltHeader =
        "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1CountryCode\tActor2Code\tActor2CountryCode\tIsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\t" +
        "QuadClass\tGoldsteinScale\tNumMentions\tNumSources\tNumArticles\tActionGeo_FullName\tActionGeo_CountryCode\tActionGeo_Lat\tActionGeo_Long\tDATEADDED\tSOURCEURL";

    public const string CsvHeader = "id,date,type,mode,cameo,quad_class,goldstein,modality,actors,recipients,articles,sources,first_seen,last_seen,location,evidence,url";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string PloverLine(StoredEvent e)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", $"entente-{e.Id.ToString(CultureInfo.InvariantCulture)}");
            WriteNullable(json, "date", e.Day is { } day ? Dates.Show(day) : null);
            json.WriteString("event_type", e.Type);
            WriteNullable(json, "mode", e.Mode);
            json.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
            WriteCountries(json, "actor", e.ActorCountries);
            WriteCountries(json, "recipient", e.RecipientCountries);
            json.WriteString("cameo", e.Cameo);
            json.WriteNumber("quad_class", e.QuadClass);
            json.WriteNumber("goldstein", e.Goldstein);
            if (e.Location is { } location)
            {
                json.WriteStartObject("location");
                json.WriteString("name", location.Name);
                json.WriteString("country", location.Country);
                json.WriteNumber("lat", location.Latitude);
                json.WriteNumber("lon", location.Longitude);
                json.WriteEndObject();
            }

            json.WriteNumber("article_count", e.ArticleCount);
            json.WriteNumber("source_count", e.SourceCount);
            json.WriteStartArray("mentions");
            foreach (var mention in e.Mentions)
            {
                json.WriteStartObject();
                json.WriteString("article_id", mention.ArticleId);
                WriteNullable(json, "source", mention.Source);
                WriteNullable(json, "url", mention.Url);
                WriteNullable(json, "published", mention.Published is { } published ? Dates.Show(published) : null);
                json.WriteString("pattern_id", mention.PatternId);
                json.WriteNumber("sentence", mention.Sentence);
                json.WriteNumber("start", mention.Evidence.Start);
                json.WriteNumber("end", mention.Evidence.End);
                json.WriteString("evidence", mention.EvidenceText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string GdeltRow(StoredEvent e)
    {
        var actor = Lists.First(e.ActorCountries) ?? "";
        var recipient = Lists.First(e.RecipientCountries) ?? "";
        var first = Lists.First(e.Mentions);
        var cameo = e.Cameo;
        return string.Join('\t', new[]
        {
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.Day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "",
            actor, actor, recipient, recipient,
            "1",
            cameo, cameo[..Math.Min(3, cameo.Length)], cameo[..Math.Min(2, cameo.Length)],
            e.QuadClass.ToString(CultureInfo.InvariantCulture),
            e.Goldstein.ToString(CultureInfo.InvariantCulture),
            e.MentionCount.ToString(CultureInfo.InvariantCulture),
            e.SourceCount.ToString(CultureInfo.InvariantCulture),
            e.ArticleCount.ToString(CultureInfo.InvariantCulture),
            Tabless(e.Location?.Name ?? ""),
            e.Location?.Country ?? "",
            e.Location?.Latitude.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Location?.Longitude.ToString(CultureInfo.InvariantCulture) ?? "",
            e.FirstSeen?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "",
            Tabless(first?.Url ?? ""),
        });
    }

    public static string CsvRow(StoredEvent e)
    {
        var first = Lists.First(e.Mentions);
        return string.Join(',', new[]
        {
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.Day is { } day ? Dates.Show(day) : "",
            e.Type,
            e.Mode ?? "",
            e.Cameo,
            e.QuadClass.ToString(CultureInfo.InvariantCulture),
            e.Goldstein.ToString(CultureInfo.InvariantCulture),
            e.Modality.ToString().ToLowerInvariant(),
            string.Join(' ', e.ActorCountries),
            string.Join(' ', e.RecipientCountries),
            e.ArticleCount.ToString(CultureInfo.InvariantCulture),
            e.SourceCount.ToString(CultureInfo.InvariantCulture),
            e.FirstSeen is { } firstSeen ? Dates.Show(firstSeen) : "",
            e.LastSeen is { } lastSeen ? Dates.Show(lastSeen) : "",
            e.Location?.Name ?? "",
            first?.EvidenceText ?? "",
            first?.Url ?? "",
        }.Select(EventCsv.Quote));
    }

    private static string Tabless(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static void WriteCountries(Utf8JsonWriter json, string name, IReadOnlyList<string> countries)
    {
        json.WriteStartArray(name);
        foreach (var country in countries)
        {
            json.WriteStringValue(country);
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
