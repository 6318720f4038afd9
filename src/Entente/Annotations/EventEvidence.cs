using Entente.Text;

namespace Entente.Annotations;

/// <summary>
/// Why an event exists: the sentence, the character range of the words that carry it (trigger plus the participants
/// it binds), the trigger itself and the id of the pattern that matched.
/// </summary>
public sealed record EventEvidence(int Sentence, TextRange Range, TextRange Trigger, string PatternId);
