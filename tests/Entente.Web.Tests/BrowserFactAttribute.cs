namespace Entente.Web.Tests;

/// <summary>
/// A test that drives Debian's Chromium: skipped where <see cref="ChromiumPath"/> is missing, unless
/// <c>ENTENTE_REQUIRE_BROWSER=1</c> (as on CI), where a missing browser must fail the test instead.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("ENTENTE_REQUIRE_BROWSER") != "1")
        {
            Skip = $"{ChromiumPath} is missing (apt-get install -y chromium, or .ci/chromium.sh)";
        }
    }
}
