using System.Text.Json.Serialization;

namespace Entente.Cli.Output;

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
