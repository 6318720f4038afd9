using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Entente.Web.Tests;

[Collection(WebServers.Name)]
public sealed partial class BrowserTests(WebServer server, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [BrowserFact]
    public async Task Every_page_renders_without_script_errors()
    {
        var eventId = (await server.Store.EventsAsync(new Storage.EventQuery { Order = Storage.EventOrder.MostReported, Limit = 1 }))[0].Id;
        var pages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["overview"] = "/",
            ["country"] = "/country/PRK",
            ["dyad"] = "/dyad/PRK/MNG",
            ["event"] = $"/event/{eventId}",
            ["search"] = "/search?q=Mongolia",
            ["article"] = "/article/north-korean-envoy-meets-mongolian-president",
        };
        foreach (var (name, path) in pages)
        {
            var (page, errors) = await OpenAsync(path);
            Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors)}");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
            if (name == "overview")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(RepoPaths.ReadmeScreenshot)!);
                File.Copy(Path.Combine(Screenshots, name + ".png"), RepoPaths.ReadmeScreenshot, overwrite: true);
            }

            await page.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_country_page_draws_its_network_and_timeline()
    {
        var (page, errors) = await OpenAsync("/country/PRK");
        await page.WaitForSelectorAsync("#network canvas");
        await page.WaitForSelectorAsync("#timeline .vis-item");
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Overview_leads_through_a_dyad_to_an_event_with_its_evidence_marked()
    {
        var (page, errors) = await OpenAsync("/");
        await page.Locator("table.dyads a.dyad-link").First.ClickAsync();
        await page.WaitForURLAsync(DyadUrl());
        await page.WaitForSelectorAsync("#series-chart");
        await page.Locator("a.period-link").First.ClickAsync();
        // htmx puts the month's events under the chart without leaving the page.
        await page.Locator("#period-events a.event-link").First.ClickAsync();
        await page.WaitForURLAsync(EventUrl());
        await AssertEvidenceMarkedAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "click-through-event.png"), FullPage = true });
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_founding_article_is_browsable_from_the_overview_to_its_highlighted_words()
    {
        var (page, errors) = await OpenAsync("/");
        await page.Locator("a.country-link", new() { HasTextString = "MNG" }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/country/MNG$"));
        await page.Locator("table.dyads a.dyad-link", new() { HasTextString = "PRK" }).First.ClickAsync();
        await page.WaitForURLAsync(DyadUrl());
        var months = page.Locator("a.period-link");
        var founding = server.HasFoundingArticle ? WebServer.FoundingArticle : "north-korean-envoy-meets-mongolian-president";
        var stored = await server.Store.EventsAsync(new Storage.EventQuery { Dyad = new Storage.DyadFilter("PRK", "MNG"), Limit = 1000 });
        var target = stored.First(e => e.Mentions.Any(m => m.ArticleId == founding));
        await months.Filter(new() { HasTextString = target.Day!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) }).ClickAsync();
        await page.Locator($"#period-events a.event-link[href='/event/{target.Id}']").ClickAsync();
        await page.WaitForURLAsync(EventUrl());
        var mention = target.Mentions.First(m => m.ArticleId == founding);
        await page.Locator("a.mention-link", new() { HasTextString = mention.EvidenceText }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("article="));
        Assert.Contains(mention.EvidenceText, await page.Locator("mark.evidence").AllInnerTextsAsync());
        Assert.True(await page.Locator(".article-text .hl-person").CountAsync() > 0);
        Assert.True(await page.Locator(".article-text .hl-actor").CountAsync() > 0);
        Assert.True(await page.Locator(".article-text .hl-date").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "founding-event.png"), FullPage = true });
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Script_in_an_article_shows_as_text_and_never_runs()
    {
        var probe = (await server.Store.EventsAsync(new Storage.EventQuery { Search = "probe", Limit = 50 }))
            .First(e => e.Mentions.Any(m => m.ArticleId == WebServer.XssArticle));
        foreach (var path in new[] { $"/event/{probe.Id}", "/search?q=probe", $"/article/{WebServer.XssArticle}", "/" })
        {
            var (page, _) = await OpenAsync(path);
            Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
            var text = await page.Locator("main").InnerTextAsync();
            if (path != "/")
            {
                Assert.Contains(WebServer.ScriptPayload, text, StringComparison.Ordinal);
                Assert.Contains(WebServer.AttributePayload, text, StringComparison.Ordinal);
            }

            Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
            await page.CloseAsync();
        }
    }

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string path)
    {
        var page = await chromium.Browser.NewPageAsync(new() { BaseURL = server.Address.ToString(), ViewportSize = new() { Width = 1366, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text + " " + message.Location);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
        return (page, errors);
    }

    private static async Task AssertEvidenceMarkedAsync(IPage page)
    {
        var evidence = (await page.Locator("table.mentions tr.current a.mention-link").First.InnerTextAsync()).Trim();
        var marks = await page.Locator(".article-text mark.evidence").AllInnerTextsAsync();
        Assert.Contains(evidence, marks.Select(m => m.Trim()));
    }

    [GeneratedRegex("/dyad/[A-Z]{3}/[A-Z]{3}$")]
    private static partial Regex DyadUrl();

    [GeneratedRegex("/event/[0-9]+")]
    private static partial Regex EventUrl();
}
