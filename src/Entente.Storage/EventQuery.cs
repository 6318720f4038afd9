namespace Entente.Storage;

/// <summary>
/// Which events to list; every filter given must hold. <see cref="Search"/> matches the words of the articles that
/// report an event; <see cref="Source"/> keeps events at least one article of that outlet reports.
/// </summary>
public sealed record EventQuery
{
    public const int MaxLimit = 1000;

    /// <summary>A country code acting or acted on.</summary>
    public string? Country { get; init; }

    public DyadFilter? Dyad { get; init; }

    /// <summary>A PLOVER event type ("CONSULT").</summary>
    public string? Type { get; init; }

    /// <summary>First event day to include.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last event day to include.</summary>
    public DateOnly? To { get; init; }

    public string? Search { get; init; }

    public string? Source { get; init; }

    public EventOrder Order { get; init; } = EventOrder.Newest;

    /// <summary>At most <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;

    public int Offset { get; init; }

    /// <summary>
    /// The most mentions read per event, earliest stored first; null reads all. A list shows an event by one line of
    /// evidence, while a much-reported event has hundreds of mentions, each with its article's text.
    /// </summary>
    public int? MentionsPerEvent { get; init; }
}
