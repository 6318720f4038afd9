namespace Entente.Ingest;

/// <summary>The result of decoding an input's bytes: the text, or why it is not readable text.</summary>
internal readonly record struct DecodedText(string? Text, string? Problem)
{
    public static DecodedText Of(string text) => new(text, null);

    public static DecodedText Failed(string problem) => new(null, problem);
}
