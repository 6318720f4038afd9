using System.Diagnostics.CodeAnalysis;

namespace Entente.Ingest;

/// <summary>One result of reading: either an <see cref="Entente.Article"/> or the <see cref="ReadProblem"/> that kept it from being read.</summary>
public sealed record ReadItem
{
    private ReadItem(Article? article, ReadProblem? problem)
    {
        Article = article;
        Problem = problem;
    }

    public Article? Article { get; }

    public ReadProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsArticle => Article is not null;

    public static ReadItem FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ReadItem(article, null);
    }

    public static ReadItem FromProblem(ReadProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ReadItem(null, problem);
    }

    public static ReadItem FromProblem(string input, string reason) => FromProblem(new ReadProblem(input, reason));

    public static implicit operator ReadItem(Article article) => FromArticle(article);

    public static implicit operator ReadItem(ReadProblem problem) => FromProblem(problem);

    public override string ToString() => IsArticle ? $"article {Article.Id}" : Problem.ToString();
}
