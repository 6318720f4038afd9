namespace Entente.Ingest;

/// <summary>
/// A paragraph as the layout analysis sees it: a trimmed range of the body inside one blank-line block, made of the
/// lines <see cref="FirstLine"/>..<see cref="LastLine"/>.
/// </summary>
internal readonly record struct LayoutUnit(int Start, int End, int Block, int FirstLine, int LastLine);
