namespace Entente.Evaluation;

/// <summary>One scored record (of one copy): its gold and predicted events and how many matched exactly and leniently.</summary>
public sealed record PetrRecordResult(
    string Id,
    int Copy,
    string Category,
    IReadOnlyList<PetrEventCode> Gold,
    IReadOnlyList<PetrEventCode> Predicted,
    int ExactMatches,
    int LenientMatches);
