using Entente.Annotations;
using Entente.Pipeline;

namespace Entente.Storage;

/// <summary>
/// A coded event about to be stored as a mention. <see cref="EffectiveDay"/> is what merging compares: the first day
/// of the date the text gives, else the article's publication date.
/// </summary>
internal sealed record MentionRecord(
    int Ordinal,
    CodedEvent Event,
    DateOnly? EffectiveDay,
    IReadOnlyList<StoredParticipant> Actors,
    IReadOnlyList<StoredParticipant> Recipients)
{
    public static MentionRecord From(Document document, CodedEvent coded, int ordinal) => new(
        ordinal,
        coded,
        coded.Date?.Start.First ?? document.Article.Published,
        coded.Actors.Select(StoredParticipant.From).ToList(),
        coded.Recipients.Select(StoredParticipant.From).ToList());

    public IReadOnlySet<string> ActorCountries { get; } = CountriesOf(Actors);

    public IReadOnlySet<string> RecipientCountries { get; } = CountriesOf(Recipients);

    /// <summary>What the mention adds to an event, once stored for the article with key <paramref name="articleSeq"/>.</summary>
    public MentionFacts Facts(long articleSeq, Article article) => new(
        articleSeq,
        article.Source,
        article.Published,
        Event.Mode,
        Event.Cameo,
        Event.QuadClass,
        Event.Goldstein,
        Event.Date?.Start,
        Event.Date?.End,
        EffectiveDay,
        Event.Location,
        ActorCountries,
        RecipientCountries,
        NamedPerson.In(Actors).ToList(),
        NamedPerson.In(Recipients).ToList());

    public static HashSet<string> CountriesOf(IEnumerable<StoredParticipant> participants) =>
        participants.Select(p => p.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
