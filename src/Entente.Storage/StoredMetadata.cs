namespace Entente.Storage;

/// <summary>The parts of an article that are neither searched nor queried but that a recode must get back.</summary>
internal sealed record StoredMetadata(string? Section, IReadOnlyList<string> Tags, string? Dek, IReadOnlyList<string> Credits);
