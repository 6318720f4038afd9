namespace Entente.Text;

/// <summary>
/// A stretch of the article body that is coded. Readers mark passages instead of rewriting the text, so every
/// span found later still indexes the body exactly as published; metadata and site promotion are simply not
/// inside any passage.
/// </summary>
public sealed record Passage(TextRange Range, PassageKind Kind);
