using Entente.Annotations;
using Entente.Text;

namespace Entente.Pipeline;

/// <summary>
/// An article and the layers of spans the pipeline stages add to it. Immutable: each stage returns a copy with its
/// own layer set (<c>document with { Dates = ... }</c>).
/// </summary>
public sealed record Document
{
    public required Article Article { get; init; }

    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    public IReadOnlyList<Token> Tokens { get; init; } = [];

    public IReadOnlyList<ActorMention> Actors { get; init; } = [];

    public IReadOnlyList<PersonMention> People { get; init; } = [];

    public IReadOnlyList<PlaceMention> Places { get; init; } = [];

    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    public IReadOnlyList<CodedEvent> Events { get; init; } = [];

    public string Body => Article.Body;

    public static Document From(Article article) => new() { Article = article };

    public string TextOf(TextRange range) => range.Slice(Article.Body);

    public ReadOnlySpan<Token> TokensOf(Sentence sentence) =>
        Tokens is Token[] array
            ? array.AsSpan(sentence.FirstToken, sentence.TokenCount)
            : Tokens.Skip(sentence.FirstToken).Take(sentence.TokenCount).ToArray();
}
