namespace Entente.Storage;

/// <summary>How many events one country directed at another, by quad class, with their Goldstein sum.</summary>
public sealed record DyadCount(string Source, string Target, int Events, QuadClassCounts QuadClasses, double GoldsteinSum);
