using System.Text.Json.Serialization;

namespace Entente.Cli.Output;

public sealed record ActorInfo(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("sector")] string? Sector,
    [property: JsonPropertyName("role")] string? Role);
