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
