namespace Entente.Tests.Ingest;

/// <summary>Where the ingest tests find their fixtures and the shared evaluation files.</summary>
internal static class IngestPaths
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingest", name);

    /// <summary>A file of the shared evaluation set, which sits beside the repository (CI copies it there too).</summary>
    public static string EvalFile(string name) => Path.Combine(RepoPaths.SharedEval, name);
}
