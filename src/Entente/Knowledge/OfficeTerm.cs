namespace Entente.Knowledge;

/// <summary>One person's term in one office; <see cref="To"/> is null while in office.</summary>
public sealed record OfficeTerm(string Name, string Country, string Sector, string Role, DateOnly From, DateOnly? To, IReadOnlyList<string> Variants)
{
    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);
}
