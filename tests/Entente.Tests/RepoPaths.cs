namespace Entente.Tests;

/// <summary>Locates the repository root and the shared evaluation folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SharedEval => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval"));

    public static string NewsDev => Path.Combine(SharedEval, "news-dev.jsonl");

    public static string NewsDevWorld => Path.Combine(SharedEval, "news-dev-world.jsonl");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Entente.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Entente.slnx not found above the test binaries");
    }
}
