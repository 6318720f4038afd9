using Entente.Storage;
using Entente.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages;

/// <summary>One stored article with the text layer highlighted, and the stored events it reports.</summary>
public sealed class ArticleModel(IEventStore store, CodedArticles coded) : PageModel
{
    /// <summary>How many events that share words with the article are checked for one of its mentions.</summary>
    private const int Candidates = 1000;

    public Article Article { get; private set; } = null!;

    public IReadOnlyList<TextPiece> Pieces { get; private set; } = [];

    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.ArticleAsync(Parameters.Required("id", id, 1000), cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        Article = stored.Article;
        Pieces = ArticleHighlighter.Cut(coded.Of(stored), [], []);
        // The store has no query by article; its events are among those whose articles contain its title's words.
        if (!string.IsNullOrWhiteSpace(Article.Title))
        {
            var candidates = await store.EventsAsync(new EventQuery { Search = Article.Title, Limit = Candidates }, cancellationToken);
            Events = candidates.Where(e => e.Mentions.Any(m => m.ArticleId == Article.Id)).ToList();
        }

        return Page();
    }
}
