using Entente.Annotations;

namespace Entente.Knowledge;

/// <summary>
/// What a dictionary phrase stands for. <see cref="Requires"/> lists codes of which one must be named elsewhere in
/// the article for a context-dependent short form ("the North") to count.
/// </summary>
public sealed record ActorEntry(string Id, ActorKind Kind, string? Country, string? Sector, IReadOnlyList<string> Requires)
{
    /// <summary>An entry that matches a phrase only to stop its words from matching as actors.</summary>
    public static ActorEntry Blocker { get; } = new("-", ActorKind.Country, null, null, []);

    public bool IsContextual => Requires.Count > 0;

    public bool IsBlocker => ReferenceEquals(this, Blocker);
}
