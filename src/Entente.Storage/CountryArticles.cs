namespace Entente.Storage;

/// <summary>How many articles in a period mention a country.</summary>
public sealed record CountryArticles(string Country, int Articles);
