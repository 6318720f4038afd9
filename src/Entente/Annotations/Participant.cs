using Entente.Text;

namespace Entente.Annotations;

/// <summary>An actor or recipient of an event: its code, sector, and the person's name and role where the text gives them.</summary>
public sealed record Participant(string? Country, string? Sector, string? Name, string? Role, TextRange Range, string Text);
