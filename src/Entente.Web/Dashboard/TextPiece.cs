namespace Entente.Web.Dashboard;

/// <summary>A stretch of article text that is either the event's evidence or not, cut into highlighted segments.</summary>
public sealed record TextPiece(bool IsEvidence, IReadOnlyList<TextSegment> Segments);
