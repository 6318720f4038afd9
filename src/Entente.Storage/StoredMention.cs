using Entente.Annotations;
using Entente.Text;

namespace Entente.Storage;

/// <summary>
/// One article's report of an event, with its evidence: ranges into the stored article text and the words they
/// cover, sliced from that text. <see cref="DateStart"/> is the date the text gives, as precise as it gives it.
/// </summary>
public sealed record StoredMention(
    long Id,
    string ArticleId,
    string? Source,
    string? Url,
    DateOnly? Published,
    string Cameo,
    string? Mode,
    double Confidence,
    int Sentence,
    TextRange Evidence,
    string EvidenceText,
    TextRange Trigger,
    string TriggerText,
    string PatternId,
    PartialDate? DateStart,
    PartialDate? DateEnd,
    string? DateText,
    EventLocation? Location,
    IReadOnlyList<Participant> Actors,
    IReadOnlyList<Participant> Recipients);
