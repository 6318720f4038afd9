namespace Entente.Storage;

/// <summary>What decides whether an article must be stored again: its content hash and the coder version that coded it.</summary>
internal sealed record StoredState(long Seq, string ContentHash, string CoderVersion)
{
    public bool Is(string contentHash, string coderVersion) =>
        string.Equals(ContentHash, contentHash, StringComparison.Ordinal) && string.Equals(CoderVersion, coderVersion, StringComparison.Ordinal);
}
