namespace Entente.Ingest;

/// <summary>The kinds of input the readers understand.</summary>
public enum InputFormat
{
    PlainText,
    JsonLines,
    Html,
    Feed,
}
