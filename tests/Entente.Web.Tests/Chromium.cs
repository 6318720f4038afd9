using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>One headless Chromium for a test class. Playwright's own browser download does not work here, so it drives Debian's.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? playwright;

    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium is not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath) && Environment.GetEnvironmentVariable("ENTENTE_REQUIRE_BROWSER") != "1")
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
