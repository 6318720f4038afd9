namespace Entente.Storage;

/// <summary>Events between two countries: <see cref="A"/> acting on <see cref="B"/>, or either way round unless directed.</summary>
public sealed record DyadFilter(string A, string B, bool Directed = false);
