namespace Entente.Annotations;

/// <summary>
/// One coded event: PLOVER type and mode, CAMEO code with its QuadClass and Goldstein value, who acts on whom,
/// when (null when the text gives no date), where, with what modality and confidence, and the evidence.
/// </summary>
public sealed record CodedEvent(
    string Type,
    string? Mode,
    string Cameo,
    int QuadClass,
    double Goldstein,
    IReadOnlyList<Participant> Actors,
    IReadOnlyList<Participant> Recipients,
    DateMention? Date,
    EventLocation? Location,
    Modality Modality,
    double Confidence,
    EventEvidence Evidence);
