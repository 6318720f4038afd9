namespace Entente.Annotations;

public sealed record EventLocation(string Name, string Country, double Latitude, double Longitude);
