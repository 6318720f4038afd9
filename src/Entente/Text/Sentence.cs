namespace Entente.Text;

/// <summary>
/// One sentence: its index in the article, its character range, the passage kind it belongs to and the slice of
/// <see cref="Pipeline.Document.Tokens"/> that covers it.
/// </summary>
public sealed record Sentence(int Index, TextRange Range, PassageKind Kind, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
