using System.Security.Cryptography;
using System.Text;

namespace Entente.Knowledge;

/// <summary>
/// All data files of one dictionary release: the ones embedded in the engine, or those of a folder with the same
/// layout. The version is the release label plus a hash of every file's bytes, so stored events can say exactly
/// which dictionary coded them.
/// </summary>
public sealed class DataSet
{
    private const string ResourcePrefix = "data/";

    private readonly Dictionary<string, DataFile> files;

    private DataSet(Dictionary<string, DataFile> files, string label, string hash)
    {
        this.files = files;
        Label = label;
        Hash = hash;
    }

    public string Label { get; }

    /// <summary>First 12 hex digits of SHA-256 over the files' paths and contents, in path order.</summary>
    public string Hash { get; }

    public string Version => $"{Label}+{Hash}";

    public IEnumerable<DataFile> Files => files.Values.OrderBy(f => f.Path, StringComparer.Ordinal);

    public DataFile this[string path] =>
        files.TryGetValue(path, out var file) ? file : throw new KeyNotFoundException($"data file '{path}' is missing");

    public bool Contains(string path) => files.ContainsKey(path);

    /// <summary>The data embedded in the engine at build time.</summary>
    public static DataSet Embedded { get; } = LoadEmbedded();

    /// <summary>
    /// Reads a data folder. Files present in the folder replace the embedded ones of the same path; the rest stay
    /// embedded, so an override folder need only hold what it changes.
    /// </summary>
    public static DataSet Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such data folder");
        }

        var contents = EmbeddedContents();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.EndsWith(".tsv", StringComparison.Ordinal) || relative == "VERSION")
            {
                contents[relative] = File.ReadAllText(file, Encoding.UTF8);
            }
        }

        return Build(contents);
    }

    /// <summary>A data set from file contents keyed by relative path: small fictional dictionaries for tests.</summary>
    public static DataSet From(IReadOnlyDictionary<string, string> contents) =>
        Build(contents.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal));

    private static DataSet LoadEmbedded() => Build(EmbeddedContents());

    private static Dictionary<string, string> EmbeddedContents()
    {
        var assembly = typeof(DataSet).Assembly;
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            contents[name[ResourcePrefix.Length..].Replace('\\', '/')] = reader.ReadToEnd();
        }

        return contents;
    }

    private static DataSet Build(Dictionary<string, string> contents)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new Dictionary<string, DataFile>(StringComparer.Ordinal);
        foreach (var (path, text) in contents.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(path + "\n" + text));
            if (path.EndsWith(".tsv", StringComparison.Ordinal))
            {
                files[path] = DataFile.Parse(path, text);
            }
        }

        var label = contents.TryGetValue("VERSION", out var version) ? version.Trim() : "unlabelled";
        var hash = Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
        return new DataSet(files, label, hash);
    }
}
