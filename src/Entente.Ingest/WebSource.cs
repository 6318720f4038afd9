namespace Entente.Ingest;

/// <summary>
/// Reads an http or https URL: an HTML page is one article, a JSON Lines file its articles, and a feed its items,
/// each read from the page it links to (the page has the whole text; the item often only a teaser). A page that
/// cannot be read leaves the item's own text as the article. Every failure is one <see cref="ReadProblem"/>.
/// </summary>
internal sealed class WebSource
{
    // Enough to hide the latency of a feed's pages without hammering the site that serves them.
    private const int MaxPagesInFlight = 8;

    private readonly WebFetcher fetcher;

    public WebSource(WebFetcher fetcher)
    {
        this.fetcher = fetcher;
    }

    public static bool IsWebAddress(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <param name="url">The URL as the user gave it: problems name it, and a page's article has it as its id.</param>
    public IEnumerable<ReadItem> Read(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return [ReadItem.FromProblem(url, "not a valid URL")];
        }

        // Read is synchronous like every reader; the fetch is async only so that a feed's pages can overlap.
        var fetched = fetcher.FetchAsync(uri, CancellationToken.None).GetAwaiter().GetResult();
        if (!fetched.Succeeded)
        {
            return [ReadItem.FromProblem(url, fetched.Problem)];
        }

        var decoded = Decode(fetched);
        if (decoded.Problem is not null)
        {
            return [ReadItem.FromProblem(url, decoded.Problem)];
        }

        var text = decoded.Text!;
        var format = WebContentType.DeclaredFormat(fetched.MediaType) ?? InputFormatDetector.FromContent(text);
        return format == InputFormat.Feed
            ? ReadFeed(url, fetched.FinalUrl, text)
            : ArticleSource.ReadText(url, url, format, text, fetched.FinalUrl.AbsoluteUri);
    }

    private static DecodedText Decode(FetchResult fetched)
    {
        if (!WebContentType.IsReadable(fetched.MediaType))
        {
            return DecodedText.Failed($"not a supported content type ({fetched.MediaType})");
        }

        return fetched.Body!.Length == 0 ? DecodedText.Failed("empty response") : WebTextDecoder.Decode(fetched.Body, fetched.Charset);
    }

    private IEnumerable<ReadItem> ReadFeed(string feedName, Uri feedUrl, string xml)
    {
        var items = FeedReader.Read(feedName, xml).ToList();
        var entries = FeedEntries.Read(xml);

        // FeedReader gives one item per entry, or a single problem for a feed it cannot read at all; then there are
        // no links to follow.
        return entries.Count == items.Count ? ReadLinkedPages(feedUrl, entries, items) : items;
    }

    private IEnumerable<ReadItem> ReadLinkedPages(Uri feedUrl, IReadOnlyList<FeedEntry?> entries, List<ReadItem> items)
    {
        using var stop = new CancellationTokenSource();
        using var gate = new SemaphoreSlim(MaxPagesInFlight);
        var reads = entries.Select((entry, i) => entry is null ? Task.FromResult(items[i]) : ReadItemPageAsync(feedUrl, entry, items[i], gate, stop.Token)).ToList();
        try
        {
            foreach (var read in reads)
            {
                yield return read.GetAwaiter().GetResult();
            }
        }
        finally
        {
            // A caller that stops early (First(), a break) ends the fetches still running; they must finish before
            // the gate and the token source are disposed. The reads never throw, so waiting cannot either.
            stop.Cancel();
            Task.WaitAll(reads);
        }
    }

    private async Task<ReadItem> ReadItemPageAsync(Uri feedUrl, FeedEntry entry, ReadItem itemText, SemaphoreSlim gate, CancellationToken stop)
    {
        if (!Uri.TryCreate(feedUrl, entry.Link, out var link) || !IsWebAddress(link.AbsoluteUri))
        {
            return itemText;
        }

        var page = await ReadPageAsync(link, entry.Id, gate, stop).ConfigureAwait(false);
        if (page.IsArticle)
        {
            return page.Article with
            {
                Title = page.Article.Title ?? entry.Title,
                Published = page.Article.Published ?? entry.Published,
            };
        }

        // The item's own text is a poorer article but still an article: a dead link is not worth a report then.
        return itemText.IsArticle
            ? itemText
            : ReadItem.FromProblem(link.AbsoluteUri, $"{page.Problem.Reason}, and the feed item gave no article: {itemText.Problem.Reason}");
    }

    private async Task<ReadItem> ReadPageAsync(Uri link, string id, SemaphoreSlim gate, CancellationToken stop)
    {
        var name = link.AbsoluteUri;
        try
        {
            await gate.WaitAsync(stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return ReadItem.FromProblem(name, "cancelled");
        }

        FetchResult fetched;
        try
        {
            fetched = await fetcher.FetchAsync(link, stop).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }

        if (!fetched.Succeeded)
        {
            return ReadItem.FromProblem(name, fetched.Problem);
        }

        var decoded = Decode(fetched);
        if (decoded.Problem is not null)
        {
            return ReadItem.FromProblem(name, decoded.Problem);
        }

        var text = decoded.Text!;
        var location = fetched.FinalUrl.AbsoluteUri;
        return (WebContentType.DeclaredFormat(fetched.MediaType) ?? InputFormatDetector.FromContent(text)) switch
        {
            InputFormat.Html => HtmlPageReader.Read(name, id, text, location),
            InputFormat.PlainText => ReadItem.FromArticle(PlainTextReader.Read(id, text, location)),
            _ => ReadItem.FromProblem(name, "the link leads to a feed or JSON Lines, not an article page"),
        };
    }
}
