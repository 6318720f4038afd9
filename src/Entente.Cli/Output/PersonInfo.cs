using System.Text.Json.Serialization;

namespace Entente.Cli.Output;

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
