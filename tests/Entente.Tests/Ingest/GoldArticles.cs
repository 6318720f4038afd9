using System.Text.Json;
using Entente.Ingest;

namespace Entente.Tests.Ingest;

/// <summary>The gold evaluation files, read through the JSON Lines reader and, separately, as raw JSON for comparison.</summary>
internal static class GoldArticles
{
    public static IReadOnlyList<ReadItem> Read(string fileName)
    {
        var path = IngestPaths.EvalFile(fileName);
        Assert.True(File.Exists(path), $"{path} is missing; the gold files sit in ../shared/eval beside the repository");
        return [.. new ArticleSource().Read(path)];
    }

    public static IReadOnlyList<JsonElement> RawLines(string fileName) =>
        [.. File.ReadLines(IngestPaths.EvalFile(fileName))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
