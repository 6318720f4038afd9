namespace Entente.Ingest;

/// <summary>A non-blank line of a body: its range with surrounding whitespace trimmed, and the block it belongs to.</summary>
internal readonly record struct LayoutLine(int Start, int End, int Block)
{
    public int Length => End - Start;
}
