using Entente.Text;

namespace Entente;

/// <summary>
/// One news article as a reader produced it. <see cref="Body"/> is the text as published; <see cref="Passages"/>
/// say which parts of it are coded (running text and captions), so metadata lines, credits and promotion stay in
/// the body for evidence offsets but are never coded.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }

    public required string Body { get; init; }

    public IReadOnlyList<Passage> Passages { get; init; } = [];

    public string? Url { get; init; }

    public string? Source { get; init; }

    /// <summary>Publication date; relative dates resolve against it. Null when the input gives none.</summary>
    public DateOnly? Published { get; init; }

    public string? Title { get; init; }

    public string? Section { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The standfirst under the headline.</summary>
    public string? Dek { get; init; }

    /// <summary>Photo credits ("Office of the President of Mongolia"): metadata, not coded.</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];

    public IEnumerable<string> Captions =>
        Passages.Where(p => p.Kind == PassageKind.Caption).Select(p => p.Range.Slice(Body));

    /// <summary>An article whose whole body is one passage of running text.</summary>
    public static Article FromText(string id, string body, DateOnly? published = null) => new()
    {
        Id = id,
        Body = body,
        Published = published,
        Passages = body.Length == 0 ? [] : [new Passage(new TextRange(0, body.Length), PassageKind.Body)],
    };
}
