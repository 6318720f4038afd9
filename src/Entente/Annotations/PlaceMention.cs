using Entente.Text;

namespace Entente.Annotations;

/// <summary>A place named as a location ("in Ulaanbaatar"), with its gazetteer country and coordinates.</summary>
public sealed record PlaceMention(
    TextRange Range,
    int Sentence,
    string Name,
    string Country,
    double Latitude,
    double Longitude);
