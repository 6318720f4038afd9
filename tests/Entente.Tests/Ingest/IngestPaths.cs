namespace Entente.Tests.Ingest;

/// <summary>Where the ingest tests find their fixtures and the shared evaluation files.</summary>
internal static class IngestPaths
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingest", name);

    /// <summary>The folder holding Entente.slnx, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Entente.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Entente.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A file of the shared evaluation set, which sits beside the repository (CI copies it there too).</summary>
    public static string EvalFile(string name) => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "eval", name));
}
