using Entente.Text;

namespace Entente.Annotations;

/// <summary>
/// A mention of a political actor. <see cref="Country"/> is ISO alpha-3 or UNO/EUR/IGO/NGO/MNC, null for a role
/// whose country the text does not give. <see cref="EntryId"/> names the dictionary entry that matched.
/// </summary>
public sealed record ActorMention(
    TextRange Range,
    int Sentence,
    ActorKind Kind,
    string? Country,
    string? Sector,
    string? Role,
    string EntryId);
