using Entente.Text;

namespace Entente.Ingest;

/// <summary>Text taken out of HTML: paragraphs separated by blank lines, and where the figure captions are in it.</summary>
internal sealed record HtmlText(string Text, IReadOnlyList<TextRange> Captions);
