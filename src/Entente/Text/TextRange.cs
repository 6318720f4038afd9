namespace Entente.Text;

/// <summary>A half-open character range [Start, End) into an article's body.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextRange other) => other.Start < End && Start < other.End;

    public string Slice(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"{Start}..{End}";
}
