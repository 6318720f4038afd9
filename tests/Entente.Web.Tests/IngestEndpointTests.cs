using System.Net;
using System.Text.Json;

namespace Entente.Web.Tests;

[Collection(WebServers.Name)]
public sealed class IngestEndpointTests(WebServer server)
{
    private const string Article =
        "{\"id\": \"api-ingest-probe\", \"source\": \"Wire\", \"published\": \"2024-07-01\", \"title\": \"Talks\", "
        + "\"text\": \"Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Monday.\"}";

    [Fact]
    public async Task Ingest_does_not_exist_unless_allowed()
    {
        using var client = new HttpClient { BaseAddress = server.ReadOnlyAddress };
        using var response = await client.SendAsync(WebServer.IngestRequest(Article, "application/x-ndjson", WebServer.IngestToken));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_without_a_token_is_401_and_with_a_wrong_one_403()
    {
        using var missing = await server.Client.SendAsync(WebServer.IngestRequest(Article, "application/x-ndjson", null));
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        using var wrong = await server.Client.SendAsync(WebServer.IngestRequest(Article, "application/x-ndjson", "not-the-token"));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Fact]
    public async Task Ingest_with_the_token_codes_and_stores_the_articles()
    {
        using var response = await server.Client.SendAsync(WebServer.IngestRequest(Article, "application/x-ndjson", WebServer.IngestToken));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var progress = JsonDocument.Parse(body).RootElement.GetProperty("progress");
        Assert.Equal(1, progress.GetProperty("read").GetInt32());
        Assert.NotNull(await server.Store.ArticleAsync("api-ingest-probe"));
        var events = await server.Store.EventsAsync(new Storage.EventQuery { Dyad = new Storage.DyadFilter("JPN", "KOR"), From = new DateOnly(2024, 7, 1), To = new DateOnly(2024, 7, 1) });
        Assert.NotEmpty(events);
    }

    [Fact]
    public async Task Ingest_takes_plain_text_as_one_article()
    {
        using var response = await server.Client.SendAsync(WebServer.IngestRequest("Chinese Premier Li Qiang visited Canberra.", "text/plain", WebServer.IngestToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_refuses_a_body_over_one_megabyte()
    {
        // Expect: 100-continue lets the server refuse on the declared length before the body is sent; otherwise the
        // server's early 413 races the client's upload and the client may see a broken pipe instead.
        using var request = WebServer.IngestRequest(new string('a', WebOptions.MaxRequestBytes + 10), "text/plain", WebServer.IngestToken);
        request.Headers.ExpectContinue = true;
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
