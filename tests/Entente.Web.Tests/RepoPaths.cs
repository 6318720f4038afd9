namespace Entente.Web.Tests;

/// <summary>Files of the repository the tests read or regenerate, found from the test's output folder upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string CommittedOpenApi => Path.Combine(Root, "src", "Entente.Web", "openapi.json");

    public static string ReadmeScreenshot => Path.Combine(Root, "docs", "screenshot-overview.png");

    /// <summary>The development gold set holding the founding article, beside the repository when it is checked out there.</summary>
    public static string NewsDev => Path.Combine(Root, "..", "shared", "eval", "news-dev.jsonl");

    private static string FindRoot()
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
}
