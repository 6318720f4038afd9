namespace Entente.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}
