namespace Entente.Knowledge;

/// <summary>A data row and the line it came from.</summary>
public sealed record DataRow(int Line, IReadOnlyList<string> Cells);
