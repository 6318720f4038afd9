namespace Entente.Recognition;

/// <summary>
/// Verbs that attribute speech ("said", "told", "warned"): the text layer reads a pronoun after one as the speaker,
/// and the coder reads the clause after one as the content of what was said.
/// </summary>
public static class SayingVerbs
{
    public static bool IsSaying(ReadOnlySpan<char> word) =>
        word is "said" or "says" or "say" or "told" or "tells" or "added" or "adds" or "stated" or "states" or "wrote" or "writes"
            or "declared" or "insisted" or "stressed" or "explained" or "noted" or "continued" or "according" or "saying" or "adding";
}
