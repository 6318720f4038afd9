namespace Entente.Text;

/// <summary>What a codable stretch of the body is: running text, a photo caption, or a headline.</summary>
public enum PassageKind
{
    Body,
    Caption,
    Headline,
}
