namespace Entente.Tests.Evaluation;

/// <summary>A temporary folder for the files a test hands to the reference scripts; deleted with the test.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("entente-eval-").FullName;

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public string WriteLines(string name, IEnumerable<string> lines) => Write(name, string.Concat(lines.Select(line => line + "\n")));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
