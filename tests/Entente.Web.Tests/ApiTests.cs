using System.Net;
using System.Text.Json;

namespace Entente.Web.Tests;

[Collection(WebServers.Name)]
public sealed class ApiTests(WebServer server)
{
    private readonly HttpClient client = server.Client;

    [Fact]
    public async Task Stats_count_the_ingested_corpus()
    {
        var stats = await GetJsonAsync("/api/stats");
        Assert.True(stats.GetProperty("articles").GetInt64() >= 43);
        Assert.True(stats.GetProperty("events").GetInt64() > 100);
    }

    [Fact]
    public async Task Events_filter_by_dyad_type_and_dates()
    {
        var page = await GetJsonAsync("/api/events?a=PRK&b=MNG&limit=1000");
        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(Countries(e).SetEquals(["PRK", "MNG"]) || (Countries(e).Contains("PRK") && Countries(e).Contains("MNG"))));

        var consults = (await GetJsonAsync("/api/events?type=consult&from=2023-06-01&to=2023-12-31&limit=1000")).GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(consults);
        Assert.All(consults, e =>
        {
            Assert.Equal("CONSULT", e.GetProperty("type").GetString());
            var day = DateOnly.Parse(e.GetProperty("day").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(day, new DateOnly(2023, 6, 1), new DateOnly(2023, 12, 31));
        });
    }

    [Fact]
    public async Task Events_page_with_limit_and_offset_without_overlap()
    {
        var first = await GetJsonAsync("/api/events?limit=5");
        var second = await GetJsonAsync("/api/events?limit=5&offset=5");
        Assert.Equal(5, first.GetProperty("next_offset").GetInt32());
        var firstIds = Ids(first);
        var secondIds = Ids(second);
        Assert.Equal(5, firstIds.Count);
        Assert.Equal(5, secondIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal(Ids(await GetJsonAsync("/api/events?limit=10")), firstIds.Concat(secondIds).ToList());
    }

    [Fact]
    public async Task The_last_page_has_no_next_offset()
    {
        var total = (await GetJsonAsync("/api/stats")).GetProperty("events").GetInt32();
        var last = await GetJsonAsync($"/api/events?limit=10&offset={total - 3}");
        Assert.Equal(3, Ids(last).Count);
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next_offset").ValueKind);
    }

    [Fact]
    public async Task One_event_has_its_mentions_and_evidence()
    {
        var id = Ids(await GetJsonAsync("/api/events?order=reported&limit=1")).Single();
        var stored = await GetJsonAsync($"/api/events/{id}");
        var mentions = stored.GetProperty("mentions").EnumerateArray().ToList();
        Assert.True(mentions.Count >= 2);
        Assert.All(mentions, m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("evidence_text").GetString())));
    }

    [Fact]
    public async Task Relations_give_a_monthly_series_with_zeros()
    {
        var series = await GetJsonAsync("/api/relations/prk/mng?by=month");
        Assert.Equal("PRK", series.GetProperty("a").GetString());
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.Contains(points, p => p.GetProperty("events").GetInt32() > 0);
    }

    [Fact]
    public async Task Shifts_coverage_and_articles_answer()
    {
        Assert.Equal(JsonValueKind.Array, (await GetJsonAsync("/api/shifts")).ValueKind);
        Assert.Equal(JsonValueKind.Array, (await GetJsonAsync("/api/coverage/KCNA?by=month")).GetProperty("drops").ValueKind);
        var hits = (await GetJsonAsync("/api/articles?q=Mongolia")).GetProperty("articles").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("id").GetString() == "north-korean-envoy-meets-mongolian-president");
        var article = await GetJsonAsync("/api/articles/north-korean-envoy-meets-mongolian-president");
        Assert.Contains("Mongolia", article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events?limit=1001", "limit")]
    [InlineData("/api/events?limit=abc", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/events?from=2024-13-01", "from")]
    [InlineData("/api/events?from=2024-05-01&to=2024-01-01", "from")]
    [InlineData("/api/events?country=Mongolia", "country")]
    [InlineData("/api/events?type=HUG", "type")]
    [InlineData("/api/events?a=PRK", "'a' and 'b'")]
    [InlineData("/api/events?directed=maybe&a=PRK&b=MNG", "directed")]
    [InlineData("/api/events?order=oldest", "order")]
    [InlineData("/api/events/abc", "id")]
    [InlineData("/api/relations/PRK/1?by=month", "b")]
    [InlineData("/api/relations/PRK/MNG?by=year", "by")]
    [InlineData("/api/shifts?recent=0", "recent")]
    [InlineData("/api/shifts?minChange=lots", "minChange")]
    [InlineData("/api/coverage/KCNA?by=decade", "by")]
    [InlineData("/api/articles", "q")]
    [InlineData("/api/articles?q=korea&limit=0", "limit")]
    public async Task Bad_parameters_give_400_naming_the_parameter(string url, string named)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events/999999")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/nothing-here")]
    [InlineData("/event/999999")]
    [InlineData("/article/no-such-article")]
    [InlineData("/country/XYZ")]
    [InlineData("/dyad/XYZ/QQQ")]
    public async Task Unknown_ids_give_404(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/country/12")]
    [InlineData("/dyad/PRK/M")]
    [InlineData("/dyad/PRK/MNG?period=yesterday")]
    [InlineData("/event/abc")]
    public async Task Bad_page_parameters_give_400(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_states_the_stores_counts_and_no_template_code()
    {
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var stats = await GetJsonAsync("/api/stats");
        Assert.Contains($"{stats.GetProperty("articles").GetInt64()} articles", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@if", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Model.", html, StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<long> Ids(JsonElement page) => page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();

    private static HashSet<string> Countries(JsonElement stored) =>
        stored.GetProperty("actor_countries").EnumerateArray().Concat(stored.GetProperty("recipient_countries").EnumerateArray())
            .Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal);
}
