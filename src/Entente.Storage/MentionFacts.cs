using Entente.Annotations;

namespace Entente.Storage;

/// <summary>What an event's columns are computed from: one stored mention and the article that reports it.</summary>
internal sealed record MentionFacts(
    long ArticleSeq,
    string? Source,
    DateOnly? Published,
    string? Mode,
    string Cameo,
    int QuadClass,
    double Goldstein,
    PartialDate? DateStart,
    PartialDate? DateEnd,
    DateOnly? EffectiveDay,
    EventLocation? Location,
    IReadOnlyCollection<string> ActorCountries,
    IReadOnlyCollection<string> RecipientCountries,
    IReadOnlyCollection<NamedPerson> ActorPeople,
    IReadOnlyCollection<NamedPerson> RecipientPeople);
