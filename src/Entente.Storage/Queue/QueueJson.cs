using System.Text.Json.Serialization;

namespace Entente.Storage.Queue;

/// <summary>The queue's article column, serialised without reflection, in the snake_case of the store's JSON.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QueuedArticle))]
internal sealed partial class QueueJson : JsonSerializerContext;
