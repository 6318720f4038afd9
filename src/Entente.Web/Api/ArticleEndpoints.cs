using System.ComponentModel;
using Entente.Storage;

namespace Entente.Web.Api;

/// <summary><c>/api/articles</c>: full-text search over the stored articles, and one article as stored.</summary>
public static class ArticleEndpoints
{
    public const int MaxHits = 100;

    public static void Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", SearchAsync).WithName("SearchArticles").WithSummary("Articles whose title or text contain every word of q, best first");
        group.MapGet("/{id}", ArticleAsync).WithName("GetArticle").WithSummary("One stored article as read");
    }

    private static async Task<ArticleHits> SearchAsync(
        IEventStore store,
        [Description("Words to find (each as a word prefix)")] string? q,
        [Description("Most hits, 1 to 100 (default 20)")] string? limit,
        CancellationToken cancellationToken)
    {
        var words = Parameters.Required("q", q);
        var hits = await store.ArticlesAsync(words, Parameters.Number("limit", limit, 20, 1, MaxHits), cancellationToken);
        return new ArticleHits(words, hits);
    }

    private static async Task<Results<Ok<ArticleView>, NotFound<ApiError>>> ArticleAsync(IEventStore store, string id, CancellationToken cancellationToken)
    {
        if (await store.ArticleAsync(Parameters.Required("id", id, 1000), cancellationToken) is not { } stored)
        {
            return TypedResults.NotFound(new ApiError($"no article with id '{id}'"));
        }

        var article = stored.Article;
        return TypedResults.Ok(new ArticleView(
            article.Id, article.Title, article.Source, article.Url, article.Published, article.Section, article.Tags, article.Body, stored.CoderVersion, stored.CodedAt));
    }
}
