using System.Text.Json.Serialization;
using Entente.Annotations;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Cli.Output;

/// <summary>What <c>entente inspect --json</c> prints for one article: metadata, then every sentence with its spans.</summary>
public sealed record InspectReport(
    [property: JsonPropertyName("article")] ArticleInfo Article,
    [property: JsonPropertyName("dictionary")] string Dictionary,
    [property: JsonPropertyName("sentences")] IReadOnlyList<SentenceInfo> Sentences)
{
    public static InspectReport From(Document document, string dictionaryVersion)
    {
        var article = document.Article;
        var info = new ArticleInfo(
            article.Id,
            article.Url,
            article.Source,
            article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            article.Title,
            article.Section,
            article.Tags,
            article.Dek,
            article.Credits,
            article.Captions.ToArray());

        var sentences = document.Sentences.Select(s => new SentenceInfo(
            s.Index,
            s.Kind.ToString().ToLowerInvariant(),
            s.Range.Start,
            s.Range.End,
            document.TextOf(s.Range),
            document.Actors.Where(a => a.Sentence == s.Index).Select(a => new ActorInfo(
                document.TextOf(a.Range), a.Range.Start, a.Range.End, a.Kind.ToString().ToLowerInvariant(), a.Country, a.Sector, a.Role)).ToArray(),
            document.People.Where(p => p.Sentence == s.Index).Select(p => new PersonInfo(
                document.TextOf(p.Range), p.Range.Start, p.Range.End, p.Name, p.Key, p.Role, p.Country, p.Sector, p.Source.ToString().ToLowerInvariant())).ToArray(),
            document.Places.Where(p => p.Sentence == s.Index).Select(p => new PlaceInfo(
                document.TextOf(p.Range), p.Range.Start, p.Range.End, p.Name, p.Country, p.Latitude, p.Longitude)).ToArray(),
            document.Dates.Where(d => d.Sentence == s.Index).Select(d => new DateInfo(
                document.TextOf(d.Range), d.Range.Start, d.Range.End, d.Start.ToString(), d.End?.ToString(), d.Precision.ToString().ToLowerInvariant())).ToArray()))
            .ToArray();

        return new InspectReport(info, dictionaryVersion, sentences);
    }
}

public sealed record ArticleInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("section")] string? Section,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("dek")] string? Dek,
    [property: JsonPropertyName("credits")] IReadOnlyList<string> Credits,
    [property: JsonPropertyName("captions")] IReadOnlyList<string> Captions);

public sealed record SentenceInfo(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("actors")] IReadOnlyList<ActorInfo> Actors,
    [property: JsonPropertyName("people")] IReadOnlyList<PersonInfo> People,
    [property: JsonPropertyName("places")] IReadOnlyList<PlaceInfo> Places,
    [property: JsonPropertyName("dates")] IReadOnlyList<DateInfo> Dates);

public sealed record ActorInfo(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("sector")] string? Sector,
    [property: JsonPropertyName("role")] string? Role);

public sealed record PersonInfo(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("sector")] string? Sector,
    [property: JsonPropertyName("source")] string Source);

public sealed record PlaceInfo(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("lat")] double Latitude,
    [property: JsonPropertyName("lon")] double Longitude);

public sealed record DateInfo(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("end_date")] string? EndDate,
    [property: JsonPropertyName("precision")] string Precision);
