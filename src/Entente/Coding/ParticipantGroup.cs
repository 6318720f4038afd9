namespace Entente.Coding;

/// <summary>Chunks joined by "and", "or" and commas ("China, Russia, and Cuba"): they act together.</summary>
public sealed record ParticipantGroup(IReadOnlyList<ParticipantChunk> Chunks)
{
    public int FirstToken => Chunks[0].FirstToken;

    public int EndToken => Chunks[^1].EndToken;
}
