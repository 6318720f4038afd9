namespace Entente.Knowledge;

/// <summary>A role or institution word: a title that can stand before a person's name, or a collective body.</summary>
public sealed record RoleEntry(string Text, string Sector, bool IsTitle);
