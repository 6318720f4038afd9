namespace Entente.Storage;

/// <summary>One row of a relation series: an event between the pair, its day, quad class and Goldstein value.</summary>
internal readonly record struct DyadEvent(long EventId, DateOnly Day, int QuadClass, double Goldstein);
