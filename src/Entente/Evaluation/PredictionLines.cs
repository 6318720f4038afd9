using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>The events of a prediction file, and how many of its non-blank lines did not parse as a JSON object.</summary>
public sealed record PredictionLines(IReadOnlyList<JsonElement> Events, int UnparsableLines);
