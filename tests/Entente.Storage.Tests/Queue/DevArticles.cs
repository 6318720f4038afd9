using Entente.Ingest;

namespace Entente.Storage.Tests.Queue;

/// <summary>
/// The development gold articles (../shared/eval/news-dev*.jsonl, their gold events ignored) repeated under new ids,
/// as a corpus of real news with events that merge across articles.
/// </summary>
internal static class DevArticles
{
    public static IReadOnlyList<Article> Repeated(int copies)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Entente.slnx")))
        {
            root = root.Parent;
        }

        var eval = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Entente.slnx not found above the test binaries"), "..", "shared", "eval");
        var articles = new[] { "news-dev.jsonl", "news-dev-world.jsonl" }
            .SelectMany(file => ArticleSource.ReadFile(Path.Combine(eval, file)))
            .Select(item => item.Article ?? throw new InvalidOperationException(item.Problem!.ToString()))
            .ToList();
        return Enumerable.Range(0, copies)
            .SelectMany(copy => articles.Select(article => article with { Id = $"{article.Id}#{copy}" }))
            .ToList();
    }
}
