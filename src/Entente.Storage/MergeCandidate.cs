using Entente.Annotations;

namespace Entente.Storage;

/// <summary>
/// A stored event a new mention might join: its columns (its countries among them) and the named people of its mentions. Its
/// place stands for every mention's: a mention naming a place in another country could not have joined.
/// </summary>
internal sealed class MergeCandidate(long eventId, string type, Modality modality, EventAggregate columns)
{
    public long EventId { get; } = eventId;

    public string Type { get; } = type;

    public Modality Modality { get; } = modality;

    public DateOnly Day { get; } = columns.Day!.Value;

    public string? LocationCountry => columns.Location?.Country;

    public int ArticleCount => columns.ArticleCount;

    public HashSet<string> ActorCountries { get; } = new(columns.ActorCountries, StringComparer.Ordinal);

    public HashSet<string> RecipientCountries { get; } = new(columns.RecipientCountries, StringComparer.Ordinal);

    public HashSet<NamedPerson> ActorPeople { get; } = [];

    public HashSet<NamedPerson> RecipientPeople { get; } = [];

    /// <summary>The event as stored now, countries and people included.</summary>
    public EventAggregate Current => columns with
    {
        ActorCountries = ActorCountries.Order(StringComparer.Ordinal).ToList(),
        RecipientCountries = RecipientCountries.Order(StringComparer.Ordinal).ToList(),
        ActorPeople = Sorted(ActorPeople),
        RecipientPeople = Sorted(RecipientPeople),
    };

    private static List<NamedPerson> Sorted(HashSet<NamedPerson> people) =>
        people.OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
}
