namespace Entente.Storage;

/// <summary>A relation over time between <see cref="A"/> and <see cref="B"/>, one point per period from the first to the last.</summary>
public sealed record DyadSeries(string A, string B, bool Directed, Granularity Granularity, IReadOnlyList<DyadPoint> Points);
