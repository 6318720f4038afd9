namespace Entente.Evaluation;

/// <summary>
/// How one PLOVER gold sentence was coded. <see cref="PredictedType"/> and the predicted countries are those of the
/// event chosen to stand for the sentence (one of the gold type if any, else the best dyad), null and empty when the
/// sentence got no event. The actor, target and mode verdicts are null where the gold record has nothing to compare.
/// </summary>
public sealed record PloverSentenceResult(
    string Id,
    string GoldType,
    string? PredictedType,
    int EventCount,
    bool TypeCorrect,
    bool TopTypeCorrect,
    bool? ActorCorrect,
    bool? TargetCorrect,
    bool? ModeCorrect,
    IReadOnlyList<string> GoldSourceCountries,
    IReadOnlyList<string> GoldTargetCountries,
    IReadOnlyList<string> PredictedActorCountries,
    IReadOnlyList<string> PredictedRecipientCountries);
