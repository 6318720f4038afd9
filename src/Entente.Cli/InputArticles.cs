using Entente.Ingest;

namespace Entente.Cli;

/// <summary>The articles a command reads: every problem goes to stderr as one line and the rest are yielded.</summary>
public static class InputArticles
{
    public static IEnumerable<Article> Read(string input, TextWriter error)
    {
        foreach (var item in new ArticleSource().Read(input))
        {
            if (item.Problem is { } problem)
            {
                error.WriteLine(problem.ToString());
                continue;
            }

            yield return item.Article!;
        }
    }
}
