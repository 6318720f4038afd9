namespace Entente.Text;

/// <summary>A token: a character range and its kind. Text is read from the body on demand, so tokens cost no strings.</summary>
public readonly record struct Token(TextRange Range, TokenKind Kind)
{
    public int Start => Range.Start;

    public int End => Range.End;

    public ReadOnlySpan<char> Span(string body) => Range.Span(body);

    public bool IsCapitalized(string body) => Kind == TokenKind.Word && char.IsUpper(body[Range.Start]);
}
