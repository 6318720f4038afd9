using Entente.Storage;
using Entente.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages;

/// <summary>
/// One event: its facts, one reporting article's text with the evidence marked and the actors, people, places and
/// dates highlighted, and every article that reported the same act. The store keeps offsets, not the text layer, so
/// the article is coded again here (kept a while by <see cref="CodedArticles"/>); coding is pure, so the spans are those the stored evidence was read from.
/// </summary>
public sealed class EventModel(IEventStore store, CodedArticles coded) : PageModel
{
    public StoredEvent Event { get; private set; } = null!;

    public Article? Article { get; private set; }

    public IReadOnlyList<TextPiece> Pieces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string? article, CancellationToken cancellationToken)
    {
        if (await store.EventAsync(Parameters.Id("id", id), cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Event = found;
        var wanted = Parameters.Optional("article", article, 1000);
        var shown = found.Mentions.Where(m => wanted is null || m.ArticleId == wanted).ToList();
        if (shown.Count == 0)
        {
            return wanted is null ? Page() : NotFound();
        }

        if (await store.ArticleAsync(shown[0].ArticleId, cancellationToken) is { } stored)
        {
            Article = stored.Article;
            var mentions = shown.Where(m => m.ArticleId == stored.Article.Id).ToList();
            Pieces = ArticleHighlighter.Cut(coded.Of(stored), mentions.Select(m => m.Evidence).ToList(), mentions.Select(m => m.Trigger).ToList());
        }

        return Page();
    }
}
