namespace Entente.Evaluation;

/// <summary>
/// One event type's counts: true positives and misses count under the gold type, false positives under the
/// predicted type. <see cref="Type"/> is the type as score.py prints it (<c>None</c> for a prediction without one).
/// </summary>
public sealed record TypeScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives);
