namespace Entente.Web.Dashboard;

/// <summary>A run of article text with at most one highlight; <see cref="Note"/> says what the coder read there.</summary>
public sealed record TextSegment(string Text, Highlight Highlight, string? Note);
