using Entente.Annotations;

namespace Entente.Storage;

/// <summary>
/// One act as reported by one or more articles. <see cref="Day"/> is its date's first day (the publication date when
/// no article dates it) and <see cref="DayEnd"/> the last day that date covers; the countries are those of all its
/// mentions; <see cref="FirstSeen"/> and <see cref="LastSeen"/> are the first and last publication dates that
/// report it.
/// </summary>
public sealed record StoredEvent(
    long Id,
    string Type,
    string? Mode,
    string Cameo,
    int QuadClass,
    double Goldstein,
    Modality Modality,
    DateOnly? Day,
    DateOnly? DayEnd,
    EventDatePrecision? DatePrecision,
    EventLocation? Location,
    IReadOnlyList<string> ActorCountries,
    IReadOnlyList<string> RecipientCountries,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    int MentionCount,
    int ArticleCount,
    int SourceCount,
    IReadOnlyList<StoredMention> Mentions);
