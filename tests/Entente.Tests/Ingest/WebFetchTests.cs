using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Entente.Ingest;

namespace Entente.Tests.Ingest;

/// <summary>
/// URL inputs against a real HTTP server on the loopback interface (a fresh one per test), so redirects,
/// decompression, timeouts and the size limit go through the same sockets and handler a user's fetch does.
/// </summary>
public sealed class WebFetchTests : IDisposable
{
    private const string ArticlePage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Castamar and Veloria agree to ferry talks</title>
        <meta property="article:published_time" content="2031-06-05T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Castamar and Veloria agree to ferry talks</h1>
        <p>Castamar and Veloria agreed on Thursday to hold ferry talks in Port Ansel next month, officials from both sides said.</p>
        <p>The talks will cover fares, harbour fees and the winter timetable.</p></article></body></html>
        """;

    // No title and no date: those come from the feed item that links here.
    private const string ConsulPage = """
        <html><body><article>
        <p>Veloria recalled its consul from Port Ansel on Sunday after a dispute over fishing permits.</p>
        <p>The consul is expected back within a month.</p>
        </article></body></html>
        """;

    private const int CrowdSize = 20;

    private readonly LocalWebServer server;
    private int crowdPagesInFlight;
    private int mostCrowdPagesInFlight;

    public WebFetchTests()
    {
        server = new LocalWebServer(Routes());
    }

    public void Dispose() => server.Dispose();

    [Fact]
    public void Html_page_is_one_article_with_the_page_text_and_the_url_as_id_and_url()
    {
        var url = server.Url("/news/ferry-talks.html");

        var article = Assert.Single(new ArticleSource().Read(url)).Article!;

        Assert.Equal(url, article.Id);
        Assert.Equal(url, article.Url);
        Assert.Equal("Castamar and Veloria agree to ferry talks", article.Title);
        Assert.Equal(new DateOnly(2031, 6, 5), article.Published);
        Assert.Contains("Castamar and Veloria agreed on Thursday to hold ferry talks in Port Ansel next month", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirect_is_followed_and_the_article_url_is_where_it_ended()
    {
        var url = server.Url("/news/moved");

        var article = Assert.Single(new ArticleSource().Read(url)).Article!;

        Assert.Equal(url, article.Id);
        Assert.Equal(server.Url("/news/ferry-talks.html"), article.Url);
        Assert.Contains("hold ferry talks in Port Ansel", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_body_is_decompressed()
    {
        var article = Assert.Single(new ArticleSource().Read(server.Url("/news/compressed.html"))).Article!;

        Assert.Contains("hold ferry talks in Port Ansel", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Charset_from_the_content_type_decodes_the_body()
    {
        var article = Assert.Single(new ArticleSource().Read(server.Url("/news/cafe.txt"))).Article!;

        Assert.Equal("The caf\u00e9 on the \u201cHarbour Road\u201d reopened in Port Ansel on Monday.", article.Body);
    }

    [Fact]
    public void Feed_items_are_read_from_their_linked_pages_falling_back_to_the_item_text()
    {
        var feedUrl = server.Url("/feeds/ledger.xml");

        var items = new ArticleSource().Read(feedUrl).ToList();

        Assert.Equal(4, items.Count);

        // Read from its page; the page has neither title nor date, so the item's are kept.
        var recalled = items[0].Article!;
        Assert.Equal("ledger-1", recalled.Id);
        Assert.Equal(server.Url("/pages/consul.html"), recalled.Url);
        Assert.Equal("Veloria recalls its consul", recalled.Title);
        Assert.Equal(new DateOnly(2031, 6, 1), recalled.Published);
        Assert.Contains("Veloria recalled its consul from Port Ansel on Sunday after a dispute over fishing permits.", recalled.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser", recalled.Body, StringComparison.Ordinal);

        // Its page is gone (404): the item's own text is the article, and nothing is reported.
        var invited = items[1].Article!;
        Assert.Equal("ledger-2", invited.Id);
        Assert.Equal("Castamar invited the Veloria envoy to Port Ansel for talks on Monday.", invited.Body);
        Assert.Equal(server.Url("/pages/gone.html"), invited.Url);

        // Page gone and no text of its own: one problem naming the (resolved relative) link and the status.
        Assert.Equal(
            $"{server.Url("/pages/also-gone.html")}: HTTP 404 Not Found, and the feed item gave no article: no text (the item has no description or content)",
            items[2].ToString());

        // No link: the item's text as it is.
        Assert.Equal("Port Ansel reopened its harbour to Veloria ferries after the storm.", items[3].Article!.Body);
    }

    [Fact]
    public void Feed_pages_are_fetched_at_most_eight_at_a_time_and_yielded_in_feed_order()
    {
        var bodies = new ArticleSource().Read(server.Url("/feeds/crowd.xml")).Select(item => item.Article!.Body).ToList();

        Assert.Equal(
            Enumerable.Range(1, CrowdSize).Select(n => $"Crowd report {n} says the ferry to Port Ansel sailed on time."),
            bodies);
        Assert.InRange(Volatile.Read(ref mostCrowdPagesInFlight), 2, 8);
    }

    [Fact]
    public void Stopping_early_in_a_feed_ends_without_waiting_for_every_page()
    {
        var first = new ArticleSource().Read(server.Url("/feeds/crowd.xml")).First();

        Assert.Equal("Crowd report 1 says the ferry to Port Ansel sailed on time.", first.Article!.Body);
    }

    [Fact]
    public void Json_lines_by_content_type_are_its_articles()
    {
        var items = new ArticleSource().Read(server.Url("/data/articles.jsonl")).ToList();

        Assert.Equal(["j1", "j2"], items.Select(item => item.Article!.Id));
        Assert.Equal(new DateOnly(2031, 6, 2), items[1].Article!.Published);
    }

    [Fact]
    public void Missing_page_is_a_problem_naming_the_url_and_the_status()
    {
        var url = server.Url("/news/nowhere.html");

        var item = Assert.Single(new ArticleSource().Read(url));

        Assert.Equal($"{url}: HTTP 404 Not Found", item.ToString());
    }

    [Fact]
    public void Slow_server_is_a_timeout_problem_not_an_exception()
    {
        var url = server.Url("/slow");
        var source = new ArticleSource(Console.OpenStandardInput, fetchTimeout: TimeSpan.FromMilliseconds(500));

        var item = Assert.Single(source.Read(url));

        Assert.Equal($"{url}: timed out after 0.5 s", item.ToString());
    }

    [Fact]
    public void Body_over_20_MB_is_cut_off_and_reported()
    {
        var url = server.Url("/huge");

        var item = Assert.Single(new ArticleSource().Read(url));

        Assert.Equal($"{url}: response is over 20 MB; responses over 20 MB are not read", item.ToString());
    }

    [Fact]
    public void Declared_length_over_20_MB_is_reported_before_reading()
    {
        var url = server.Url("/huge-declared");

        var item = Assert.Single(new ArticleSource().Read(url));

        Assert.Equal($"{url}: response is 25.0 MB; responses over 20 MB are not read", item.ToString());
    }

    [Fact]
    public void Image_is_not_a_supported_content_type()
    {
        var url = server.Url("/photo.png");

        var item = Assert.Single(new ArticleSource().Read(url));

        Assert.Equal($"{url}: not a supported content type (image/png)", item.ToString());
    }

    [Fact]
    public void Given_handler_is_the_one_that_sends_the_requests()
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        var url = server.Url("/news/moved");

        var item = Assert.Single(new ArticleSource(Console.OpenStandardInput, handler).Read(url));

        Assert.Equal($"{url}: HTTP 302 Found", item.ToString());
    }

    [Fact]
    public void Batch_goes_on_past_bad_urls()
    {
        var page = server.Url("/news/ferry-talks.html");
        var missing = server.Url("/news/nowhere.html");
        var refused = $"http://127.0.0.1:{LocalWebServer.FreePort()}/news/ferry-talks.html";
        var lines = server.Url("/data/articles.jsonl");

        var items = new ArticleSource().Read([page, missing, refused, "http://", lines]).ToList();

        Assert.Equal(6, items.Count);
        Assert.Equal(page, items[0].Article!.Id);
        Assert.Equal($"{missing}: HTTP 404 Not Found", items[1].ToString());
        Assert.Equal(refused, items[2].Problem!.Input);
        Assert.StartsWith("could not connect: ", items[2].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal("http://: not a valid URL", items[3].ToString());
        Assert.Equal(["j1", "j2"], items.Skip(4).Select(item => item.Article!.Id));
    }

    private Dictionary<string, Func<HttpListenerContext, CancellationToken, Task>> Routes()
    {
        var routes = new Dictionary<string, Func<HttpListenerContext, CancellationToken, Task>>(StringComparer.Ordinal)
        {
            ["/news/ferry-talks.html"] = Serve("text/html; charset=utf-8", ArticlePage),
            ["/news/moved"] = (context, _) =>
            {
                context.Response.StatusCode = (int)HttpStatusCode.Found;
                context.Response.AddHeader("Location", "/news/ferry-talks.html");
                return Task.CompletedTask;
            },
            ["/news/compressed.html"] = (context, stop) =>
            {
                context.Response.AddHeader("Content-Encoding", "gzip");
                return Serve("text/html", Gzip(ArticlePage))(context, stop);
            },
            ["/news/cafe.txt"] = Serve(
                "text/plain; charset=windows-1252",
                [.. "The caf"u8, 0xE9, .. " on the "u8, 0x93, .. "Harbour Road"u8, 0x94, .. " reopened in Port Ansel on Monday."u8]),
            ["/feeds/ledger.xml"] = (context, stop) => Serve("application/rss+xml", LedgerFeed(BaseOf(context)))(context, stop),
            ["/pages/consul.html"] = Serve("text/html", ConsulPage),
            ["/feeds/crowd.xml"] = (context, stop) => Serve("text/xml", CrowdFeed(BaseOf(context)))(context, stop),
            ["/data/articles.jsonl"] = Serve(
                "application/x-ndjson",
                """
                {"id": "j1", "published": "2031-06-01", "text": "Castamar opened the port to Veloria ferries."}
                {"id": "j2", "published": "2031-06-02", "text": "Veloria thanked Castamar for opening the port."}

                """),
            ["/slow"] = async (context, stop) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), stop);
                await Serve("text/html", ArticlePage)(context, stop);
            },
            ["/huge"] = async (context, stop) =>
            {
                // Chunked, so the client cannot know the size up front and has to stop reading by itself.
                context.Response.ContentType = "text/plain";
                context.Response.SendChunked = true;
                var megabyte = Enumerable.Repeat((byte)'a', 1024 * 1024).ToArray();
                for (var i = 0; i <= IngestLimits.MaxArticleBytes / megabyte.Length; i++)
                {
                    await context.Response.OutputStream.WriteAsync(megabyte, stop);
                }
            },
            ["/huge-declared"] = async (context, stop) =>
            {
                // The headers alone settle it: one byte sends them, then the connection stays open (never closed
                // early, which could lose the headers) until the client hangs up or the server stops.
                context.Response.ContentType = "text/plain";
                context.Response.ContentLength64 = 25 * 1024 * 1024;
                await context.Response.OutputStream.WriteAsync("a"u8.ToArray(), stop);
                await Task.Delay(Timeout.InfiniteTimeSpan, stop);
            },
            ["/photo.png"] = Serve("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        };
        for (var n = 1; n <= CrowdSize; n++)
        {
            routes[$"/crowd/{n}.html"] = CrowdPage(n);
        }

        return routes;
    }

    // Each crowd page takes a while, so the fetches overlap and the most at once shows the limit.
    private Func<HttpListenerContext, CancellationToken, Task> CrowdPage(int number) => async (context, stop) =>
    {
        var inFlight = Interlocked.Increment(ref crowdPagesInFlight);
        try
        {
            InterlockedMax(ref mostCrowdPagesInFlight, inFlight);
            await Task.Delay(TimeSpan.FromMilliseconds(150), stop);
            await Serve("text/html", $"<html><body><article><p>Crowd report {number} says the ferry to Port Ansel sailed on time.</p></article></body></html>")(context, stop);
        }
        finally
        {
            Interlocked.Decrement(ref crowdPagesInFlight);
        }
    };

    private static string LedgerFeed(string baseUrl) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Harbour Ledger Wire</title>
        <item><title>Veloria recalls its consul</title><link>{baseUrl}pages/consul.html</link><guid isPermaLink="false">ledger-1</guid>
          <pubDate>Sun, 01 Jun 2031 09:00:00 GMT</pubDate><description>Teaser: Veloria recalled its consul.</description></item>
        <item><title>Envoy invited</title><link>{baseUrl}pages/gone.html</link><guid isPermaLink="false">ledger-2</guid>
          <pubDate>Mon, 02 Jun 2031 09:00:00 GMT</pubDate><description>Castamar invited the Veloria envoy to Port Ansel for talks on Monday.</description></item>
        <item><title>Headline only</title><link>/pages/also-gone.html</link><guid isPermaLink="false">ledger-3</guid></item>
        <item><title>Harbour reopened</title><guid isPermaLink="false">ledger-4</guid>
          <description>Port Ansel reopened its harbour to Veloria ferries after the storm.</description></item>
        </channel></rss>
        """;

    private static string CrowdFeed(string baseUrl) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Crowd</title>"
        + string.Concat(Enumerable.Range(1, CrowdSize).Select(n =>
            $"<item><title>Report {n}</title><link>{baseUrl}crowd/{n}.html</link><description>Teaser {n}.</description></item>"))
        + "</channel></rss>";

    private static string BaseOf(HttpListenerContext context) => $"http://{context.Request.Url!.Authority}/";

    private static Func<HttpListenerContext, CancellationToken, Task> Serve(string contentType, string body) =>
        Serve(contentType, Encoding.UTF8.GetBytes(body));

    private static Func<HttpListenerContext, CancellationToken, Task> Serve(string contentType, byte[] body) => async (context, stop) =>
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body, stop);
    };

    private static byte[] Gzip(string text)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return compressed.ToArray();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    /// <summary>A small HTTP server on 127.0.0.1: each request is answered by the route for its path, or 404.</summary>
    private sealed class LocalWebServer : IDisposable
    {
        private readonly IReadOnlyDictionary<string, Func<HttpListenerContext, CancellationToken, Task>> routes;
        private readonly CancellationTokenSource stopping = new();
        private readonly HttpListener listener;
        private readonly Task accepting;

        public LocalWebServer(IReadOnlyDictionary<string, Func<HttpListenerContext, CancellationToken, Task>> routes)
        {
            this.routes = routes;
            (listener, BaseUrl) = Listen();
            accepting = AcceptAsync();
        }

        /// <summary>The server's root, ending in a slash.</summary>
        public string BaseUrl { get; }

        public string Url(string path) => BaseUrl + path.TrimStart('/');

        /// <summary>A port nothing listens on right now.</summary>
        public static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        public void Dispose()
        {
            stopping.Cancel();
            listener.Close();
            accepting.Wait(TimeSpan.FromSeconds(10));
            stopping.Dispose();
        }

        // The free port can be taken between the probe and the listener starting; another port then does.
        private static (HttpListener Listener, string BaseUrl) Listen()
        {
            for (var attempt = 1; ; attempt++)
            {
                var baseUrl = $"http://127.0.0.1:{FreePort()}/";
                var candidate = new HttpListener();
                candidate.Prefixes.Add(baseUrl);
                try
                {
                    candidate.Start();
                    return (candidate, baseUrl);
                }
                catch (HttpListenerException) when (attempt < 5)
                {
                    candidate.Close();
                }
            }
        }

        private async Task AcceptAsync()
        {
            var responding = new List<Task>();
            while (true)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    break;
                }

                responding.Add(Task.Run(() => RespondAsync(context)));
            }

            await Task.WhenAll(responding);
        }

        private async Task RespondAsync(HttpListenerContext context)
        {
            var response = context.Response;
            try
            {
                if (routes.TryGetValue(context.Request.Url!.AbsolutePath, out var respond))
                {
                    await respond(context, stopping.Token);
                }
                else
                {
                    response.StatusCode = (int)HttpStatusCode.NotFound;
                }

                response.Close();
            }
            catch (Exception exception) when (exception is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // The client hung up on purpose (the size limit, a timeout) or the server is stopping.
                response.Abort();
            }
        }
    }
}
