namespace Entente.Evaluation;

/// <summary>
/// A required gold event no prediction matched, or a prediction that matched nothing, with the fields score.py
/// lists: countries sorted, evidence cut to 120 characters. Null stands for Python's <c>None</c>.
/// <see cref="Listing"/> is the tuple exactly as score.py prints it after <c>MISS</c> or <c>FP</c>.
/// </summary>
public sealed record UnmatchedEvent(
    string ArticleId,
    string? Type,
    IReadOnlyList<string> ActorCountries,
    IReadOnlyList<string> RecipientCountries,
    string? Date,
    string? Modality,
    string Evidence,
    string Listing);
