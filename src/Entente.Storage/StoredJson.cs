using System.Text.Json.Serialization;

namespace Entente.Storage;

/// <summary>
/// The shape of the JSON column, serialised without reflection. Property names are snake_case so the columns read
/// naturally in SQL (<c>metadata->>'section'</c>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredMetadata))]
internal sealed partial class StoredJson : JsonSerializerContext;
