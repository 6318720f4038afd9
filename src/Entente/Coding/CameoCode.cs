namespace Entente.Coding;

/// <summary>A CAMEO code with its name, Goldstein value, QuadClass and PLOVER type and mode (data/ontology/cameo.tsv).</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string? PloverType, string? PloverMode);
