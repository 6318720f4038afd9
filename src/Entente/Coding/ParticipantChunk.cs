using Entente.Annotations;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// A stretch of a sentence that names one participant: "Mongolian President Khurelsukh Ukhnaa" is one chunk, made
/// of an adjective, a role and a person. Tokens are indexes into the document's token list.
/// </summary>
/// <see cref="BothSides"/> marks the two chunks that "the two sides" stands for: they form a group of their own.
/// <see cref="AdjectiveOnly"/> marks a chunk that is a nationality adjective alone ("Mongolian").
public sealed record ParticipantChunk(int FirstToken, int EndToken, Participant Participant, bool BothSides = false, bool AdjectiveOnly = false);
