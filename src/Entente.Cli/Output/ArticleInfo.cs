using System.Text.Json.Serialization;

namespace Entente.Cli.Output;

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
