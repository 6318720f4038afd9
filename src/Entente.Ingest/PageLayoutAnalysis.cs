using System.Text.RegularExpressions;
using Entente.Text;

namespace Entente.Ingest;

/// <summary>
/// One run of the layout rules over one body. The rules run in a fixed order, each giving roles to paragraphs the
/// earlier ones left as running text; see <see cref="ScrapedPageLayout"/> for the principles.
/// </summary>
internal sealed partial class PageLayoutAnalysis
{
    private const int HeadlineMaxLength = 200;

    // A header may hold a standfirst and a photo caption between copies of the headline; more running text than
    // that means the article has begun.
    private const int MaxProseInHeader = 2;

    private readonly string body;
    private readonly LayoutText layout;
    private readonly string[] texts;
    private readonly LayoutRole[] roles;
    private readonly List<string> credits = [];
    private IReadOnlyList<string> tags = [];
    private string? title;
    private string? dek;
    private int sectionIndex = -1;
    private int headerStart = -1;
    private int headerEnd = -1;

    public PageLayoutAnalysis(string body)
    {
        this.body = body;
        layout = LayoutText.Split(body);
        texts = [.. layout.Units.Select(unit => body[unit.Start..unit.End])];
        roles = new LayoutRole[texts.Length];
    }

    /// <summary>Where a headline may be found by repetition alone: the first part of the page.</summary>
    private int FirstPartEnd => Math.Min(texts.Length, Math.Max(8, (int)Math.Ceiling(texts.Length * 0.4)));

    public PageLayout Run(string? knownTitle)
    {
        var titleIndices = MarkTitle(knownTitle);
        FindHeaderZone(titleIndices);
        MarkTags();
        MarkCredits();
        MarkBeforeHeader();
        MarkInsideHeader();
        MarkAfterHeader();
        MarkCaptionCues();
        MarkPromotion();
        return Build();
    }

    private List<int> MarkTitle(string? knownTitle)
    {
        var known = string.IsNullOrWhiteSpace(knownTitle) ? null : LineShape.Normalize(knownTitle);
        var hits = known is null ? [] : IndicesOf(known);
        if (hits.Count == 0)
        {
            hits = RepeatedHeadline();
        }

        foreach (var index in hits)
        {
            roles[index] = LayoutRole.Title;
        }

        title = known is not null ? knownTitle!.Trim() : hits.Count > 0 ? texts[hits[0]] : null;
        return hits;
    }

    private List<int> IndicesOf(string normalized)
    {
        var indices = new List<int>();
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i].Length <= HeadlineMaxLength * 2
                && string.Equals(LineShape.Normalize(texts[i]), normalized, StringComparison.Ordinal))
            {
                indices.Add(i);
            }
        }

        return indices;
    }

    // Pages print the headline two or three times (breadcrumb, heading, image alt text); a short line that recurs
    // near the top is the headline even when the source did not give it.
    private List<int> RepeatedHeadline()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < FirstPartEnd; i++)
        {
            var text = texts[i];
            // Headlines may ask or exclaim but do not end with a full stop; a repeated sentence that does is text.
            if (text.Length >= HeadlineMaxLength || LineShape.WordCount(text) < 3 || !LineShape.HasLetter(text)
                || LineShape.EndsWithFullStop(text) || LineShape.HasSentenceBoundary(text))
            {
                continue;
            }

            var normalized = LineShape.Normalize(text);
            if (seen.ContainsKey(normalized))
            {
                return IndicesOf(normalized);
            }

            seen[normalized] = i;
        }

        return [];
    }

    private void FindHeaderZone(List<int> titleIndices)
    {
        if (titleIndices.Count == 0 || ProseCount(0, titleIndices[0]) > MaxProseInHeader)
        {
            return;
        }

        // Running counts, so that a headline repeated all through a long text costs one pass, not one per copy.
        var proseBefore = new int[texts.Length + 1];
        for (var i = 0; i < texts.Length; i++)
        {
            proseBefore[i + 1] = proseBefore[i] + (roles[i] == LayoutRole.Body && LineShape.IsProse(texts[i]) ? 1 : 0);
        }

        headerStart = headerEnd = titleIndices[0];
        foreach (var index in titleIndices.Skip(1))
        {
            if (proseBefore[index] - proseBefore[headerEnd + 1] > MaxProseInHeader)
            {
                break;
            }

            headerEnd = index;
        }
    }

    private void MarkTags()
    {
        var end = Math.Max(FirstPartEnd, headerEnd + 1);
        for (var i = 0; i < end; i++)
        {
            if (roles[i] != LayoutRole.Body || !TrySplitTags(texts[i], out var segments))
            {
                continue;
            }

            roles[i] = LayoutRole.Tags;
            tags = segments;
            if (headerStart < 0 && ProseCount(0, i) <= MaxProseInHeader)
            {
                headerStart = headerEnd = i;
            }
            else if (headerStart >= 0 && i > headerEnd && ProseCount(headerEnd + 1, i) == 0)
            {
                headerEnd = i;
            }

            return;
        }
    }

    private static bool TrySplitTags(string text, out IReadOnlyList<string> segments)
    {
        segments = [];
        if (text.Length >= HeadlineMaxLength || LineShape.EndsSentence(text))
        {
            return false;
        }

        var parts = TagSeparator().Split(text);
        if (parts.Length < 2 || parts.Any(part => LineShape.WordCount(part) is < 1 or > 5))
        {
            return false;
        }

        segments = [.. parts.Select(part => part.Trim())];
        return true;
    }

    // A credit line names who took a photo; the paragraph right above it is that photo's caption. A "Photo:" line
    // that is itself a sentence is a labelled caption, not a credit.
    private void MarkCredits()
    {
        for (var i = 0; i < texts.Length; i++)
        {
            if (roles[i] != LayoutRole.Body)
            {
                continue;
            }

            var match = CreditLine().Match(texts[i]);
            if (!match.Success)
            {
                continue;
            }

            var who = match.Groups["who"].Value.Trim();
            if (!IsCreditLine(texts[i]))
            {
                roles[i] = LayoutRole.Caption;
                continue;
            }

            roles[i] = LayoutRole.Credit;
            credits.Add(who);
            if (i > 0 && roles[i - 1] == LayoutRole.Body && LineShape.WordCount(texts[i - 1]) >= 4)
            {
                roles[i - 1] = LayoutRole.Caption;
            }
        }
    }

    // Above the headline sit breadcrumbs and menus. Labels there are page furniture; the section is the label that
    // is also a tag, or else the label nearest the headline (menus come first, the breadcrumb last).
    private void MarkBeforeHeader()
    {
        if (headerStart < 0)
        {
            return;
        }

        var labels = new List<int>();
        for (var i = 0; i < headerStart; i++)
        {
            if (roles[i] != LayoutRole.Body || LineShape.IsProse(texts[i]))
            {
                continue;
            }

            roles[i] = LayoutRole.Metadata;
            if (IsSectionLabel(texts[i]))
            {
                labels.Add(i);
            }
        }

        var tagged = labels.Where(i => tags.Any(tag => SameText(tag, texts[i]))).ToList();
        sectionIndex = tagged.Count > 0 ? tagged[0] : labels.Count > 0 ? labels[^1] : -1;
        if (sectionIndex >= 0)
        {
            roles[sectionIndex] = LayoutRole.Section;
        }
    }

    private static bool IsSectionLabel(string text) =>
        LineShape.WordCount(text) is >= 1 and <= 5
        && text.Length < 60
        && LineShape.HasLetter(text)
        && !LineShape.HasDigit(text)
        && !LineShape.EndsSentence(text)
        && !text.Contains('|', StringComparison.Ordinal)
        && !PageControl().IsMatch(text);

    // Between copies of the headline: the standfirst (one sentence) and labels such as "Recent Features".
    private void MarkInsideHeader()
    {
        for (var i = headerStart + 1; i < headerEnd; i++)
        {
            if (roles[i] != LayoutRole.Body)
            {
                continue;
            }

            if (dek is null && IsDek(texts[i]))
            {
                roles[i] = LayoutRole.Dek;
                dek = texts[i];
            }
            else if (!LineShape.IsProse(texts[i]))
            {
                roles[i] = LayoutRole.Metadata;
            }
        }
    }

    // A standfirst is one sentence of words; "Written: 2024-01-30 09:47" is a stamp, not a standfirst.
    private static bool IsDek(string text) =>
        LineShape.IsSingleSentence(text) && LineShape.WordCount(text) >= 6 && LineShape.IsProse(text);

    // Right under the headline come dates, bylines and "Updated" stamps, sometimes after a photo caption; they end
    // where the first sentence of running text begins.
    private void MarkAfterHeader()
    {
        if (headerEnd < 0)
        {
            return;
        }

        for (var i = headerEnd + 1; i < texts.Length; i++)
        {
            if (roles[i] != LayoutRole.Body)
            {
                continue;
            }

            if (IsCaptionCue(texts[i]))
            {
                roles[i] = LayoutRole.Caption;
            }
            else if (LineShape.IsMetadataLine(texts[i]))
            {
                roles[i] = LayoutRole.Metadata;
            }
            else
            {
                return;
            }
        }
    }

    private void MarkCaptionCues()
    {
        for (var i = 0; i < texts.Length; i++)
        {
            if (roles[i] == LayoutRole.Body && IsCaptionCue(texts[i]))
            {
                roles[i] = LayoutRole.Caption;
            }
            else if (roles[i] == LayoutRole.Body && LineShape.WordCount(texts[i]) <= 4
                && !LineShape.IsProse(texts[i]) && PromotionCues.HasStrongCue(texts[i]))
            {
                // "Advertisement", "Subscribe" between paragraphs.
                roles[i] = LayoutRole.Promotion;
            }
        }
    }

    private static bool IsCaptionCue(string text) => FilePhoto().IsMatch(text);

    /// <summary>"Credit: Office of the President", "Photo: AP": a line that only names a photo's source.</summary>
    public static bool IsCreditLine(string text)
    {
        var match = CreditLine().Match(text.Trim());
        return match.Success
            && LineShape.WordCount(match.Groups["who"].Value) <= 12
            && !LineShape.IsProse(match.Groups["who"].Value);
    }

    // The site's own promotion closes many pages: blocks of short lines at the very end that speak to the reader
    // about newsletters, job boards or apps. Blocks are taken from the end until one is not promotion.
    private void MarkPromotion()
    {
        var unitsByBlock = Enumerable.Range(0, texts.Length).ToLookup(i => layout.Units[i].Block);
        var linesByBlock = layout.Lines.ToLookup(line => line.Block, line => body[line.Start..line.End]);
        for (var block = layout.BlockCount - 1; block >= 0; block--)
        {
            var units = unitsByBlock[block].ToList();
            if (!units.Any(i => IsCoded(roles[i])))
            {
                continue;
            }

            if (!IsPromotionBlock([.. linesByBlock[block]]))
            {
                return;
            }

            foreach (var i in units)
            {
                roles[i] = LayoutRole.Promotion;
            }
        }
    }

    private static bool IsPromotionBlock(List<string> lines)
    {
        if (lines.Count > 8 || lines.Any(line => line.Length >= 120 || LineShape.WordCount(line) >= 15))
        {
            return false;
        }

        var cueLines = lines.Count(PromotionCues.HasAnyCue);
        var promotionLines = lines.Count(line =>
            PromotionCues.IsLegalFooter(line)
            || (PromotionCues.HasStrongCue(line) && (!LineShape.IsProse(line) || PromotionCues.AddressesReader(line))));
        return promotionLines >= 1 && cueLines * 2 >= lines.Count;
    }

    private int ProseCount(int from, int to)
    {
        var count = 0;
        for (var i = Math.Max(0, from); i < Math.Min(to, texts.Length); i++)
        {
            count += roles[i] == LayoutRole.Body && LineShape.IsProse(texts[i]) ? 1 : 0;
        }

        return count;
    }

    private static bool IsCoded(LayoutRole role) => role is LayoutRole.Body or LayoutRole.Caption;

    private static bool SameText(string a, string b) =>
        string.Equals(LineShape.Normalize(a), LineShape.Normalize(b), StringComparison.Ordinal);

    private PageLayout Build()
    {
        var passages = new List<Passage>();
        for (var i = 0; i < texts.Length; i++)
        {
            if (IsCoded(roles[i]))
            {
                var unit = layout.Units[i];
                var kind = roles[i] == LayoutRole.Caption ? PassageKind.Caption : PassageKind.Body;
                passages.Add(new Passage(new TextRange(unit.Start, unit.End), kind));
            }
        }

        return new PageLayout(
            passages,
            title,
            sectionIndex >= 0 ? texts[sectionIndex] : null,
            tags,
            dek,
            credits);
    }

    [GeneratedRegex(@"\s+\|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TagSeparator();

    [GeneratedRegex(
        @"^(?:(?:photo(?:graph)?s?|image|picture)\s+credits?|credits?|photo(?:graph)?s?|images?|pictures?)\s*:\s*(?<who>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^FILE\s+PHOTO\b", RegexOptions.CultureInvariant)]
    private static partial Regex FilePhoto();

    // Words of site controls rather than sections: "Menu Content", "Send to", "Skip to content".
    [GeneratedRegex(
        @"\b(?:menu|search|home|share|print|e-?mail|from|send|close|log ?in|sign ?in|skip|top|subscribe|more|next|previous|back|comments?|advertisement|cookies?|english|language)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageControl();
}
