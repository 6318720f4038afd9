using System.Text.Json.Serialization;

namespace Entente.Cli.Output;

public sealed record DateInfo(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("end_date")] string? EndDate,
    [property: JsonPropertyName("precision")] string Precision);
