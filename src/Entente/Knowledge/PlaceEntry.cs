namespace Entente.Knowledge;

public sealed record PlaceEntry(string Name, string Country, bool IsCapital, double Latitude, double Longitude);
