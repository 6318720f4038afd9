using Entente.Text;

namespace Entente.Annotations;

/// <summary>
/// A mention of a person. <see cref="Key"/> is the normalised name key shared by spelling and name-order variants;
/// <see cref="Name"/> is the fullest form the article gives.
/// </summary>
public sealed record PersonMention(
    TextRange Range,
    int Sentence,
    string Key,
    string Name,
    string? Role,
    string? Country,
    string? Sector,
    PersonSource Source);
