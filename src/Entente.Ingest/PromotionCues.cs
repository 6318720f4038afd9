using System.Text.RegularExpressions;

namespace Entente.Ingest;

/// <summary>
/// Words that mark a site's own promotion (newsletters, job boards, app downloads, legal footers) as opposed to
/// reporting. Strong cues alone make a short line promotional; weak cues ("career") only count next to strong ones,
/// because reporting uses them too.
/// </summary>
internal static partial class PromotionCues
{
    public static bool HasStrongCue(string line) => StrongCue().IsMatch(line);

    /// <summary>Legal footers ("© 2031 ...", "All rights reserved."), which reporting never ends with.</summary>
    public static bool IsLegalFooter(string line) => LegalFooter().IsMatch(line);

    public static bool HasAnyCue(string line) => StrongCue().IsMatch(line) || WeakCue().IsMatch(line);

    /// <summary>Promotion speaks to the reader ("your", "our", "us"); reporting that happens to say "subscribe" does not.</summary>
    public static bool AddressesReader(string line) => ReaderAddress().IsMatch(line);

    [GeneratedRegex(
        @"\b(?:newsletters?|subscribe|subscription|sign[ -]?up|jobs? board|follow us|download (?:our|the) app|"
        + @"get the app|advertisement|advertising|all rights reserved|cookies?|copyright|find (?:your|a)\b.{0,40}\bjobs?)\b|©",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongCue();

    [GeneratedRegex(@"©|\ball rights reserved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalFooter();

    [GeneratedRegex(@"\b(?:careers?|read more|more stories|related articles?|recommended)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakCue();

    // Case-sensitive so that "US" (the country) is not read as "us".
    [GeneratedRegex(@"\b(?:[Yy]ou|[Yy]our|[Oo]ur|us|[Hh]ere|[Cc]lick|[Tt]ap)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderAddress();
}
