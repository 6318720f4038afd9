using Entente.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages;

/// <summary>Search across the articles (full text, best first) and the events they report (newest first).</summary>
public sealed class SearchModel(IEventStore store) : PageModel
{
    private const int Shown = 50;

    public string? Query { get; private set; }

    public IReadOnlyList<ArticleHit> Articles { get; private set; } = [];

    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = Parameters.Optional("q", q);
        if (Query is null)
        {
            return;
        }

        Articles = await store.ArticlesAsync(Query, Shown, cancellationToken);
        Events = await store.EventsAsync(new EventQuery { Search = Query, Limit = Shown, MentionsPerEvent = 1 }, cancellationToken);
    }

    /// <summary>A snippet cut at the store's [brackets] around matched words: the text, and whether it matched.</summary>
    public static IEnumerable<(string Text, bool Matched)> SnippetParts(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var position = 0;
        while (position < snippet.Length)
        {
            var open = snippet.IndexOf('[', position);
            var close = open < 0 ? -1 : snippet.IndexOf(']', open + 1);
            if (close < 0)
            {
                yield return (snippet[position..], false);
                yield break;
            }

            if (open > position)
            {
                yield return (snippet[position..open], false);
            }

            yield return (snippet[(open + 1)..close], true);
            position = close + 1;
        }
    }
}
