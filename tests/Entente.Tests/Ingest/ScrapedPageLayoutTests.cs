using Entente.Ingest;
using Entente.Text;

namespace Entente.Tests.Ingest;

public sealed class ScrapedPageLayoutTests
{
    private const string Headline = "Why Did Veloria's Trade Envoy Sail to Port Ansel?";

    private static readonly string ScrapedPage = File.ReadAllText(IngestPaths.Fixture("scraped-page.txt"));

    [Fact]
    public void Scraped_page_headline_copies_are_metadata_and_the_title()
    {
        var layout = ScrapedPageLayout.Analyze(ScrapedPage, Headline);

        Assert.Equal(Headline, layout.Title);
        Assert.DoesNotContain(layout.Passages, passage => passage.Range.Slice(ScrapedPage).Contains("Trade Envoy Sail", StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_headline_is_found_without_a_known_title()
    {
        var layout = ScrapedPageLayout.Analyze(ScrapedPage);

        Assert.Equal(Headline, layout.Title);
    }

    [Fact]
    public void Scraped_page_tags_line_gives_tags_and_the_section()
    {
        var layout = ScrapedPageLayout.Analyze(ScrapedPage, Headline);

        Assert.Equal(["Coastal Affairs", "Trade", "Island States"], layout.Tags);
        Assert.Equal("Coastal Affairs", layout.Section);
    }

    [Fact]
    public void Scraped_page_dek_is_the_single_sentence_between_headline_copies()
    {
        var layout = ScrapedPageLayout.Analyze(ScrapedPage, Headline);

        Assert.Equal("The envoy's two-day stop was the first by a Velorian official in a decade.", layout.Dek);
        Assert.DoesNotContain(Texts(ScrapedPage, layout), text => text.Contains("two-day stop", StringComparison.Ordinal));
    }

    [Fact]
    public void Scraped_page_caption_is_its_own_passage()
    {
        var layout = ScrapedPageLayout.Analyze(ScrapedPage, Headline);

        var caption = Assert.Single(layout.Passages, passage => passage.Kind == PassageKind.Caption);
        Assert.StartsWith("Trade envoy Mira Hollen (right) greets", caption.Range.Slice(ScrapedPage), StringComparison.Ordinal);
        Assert.EndsWith("June 3, 2031.", caption.Range.Slice(ScrapedPage), StringComparison.Ordinal);
        Assert.Equal(["Castamar Harbour Office"], layout.Credits);
        Assert.DoesNotContain(Texts(ScrapedPage, layout), text => text.StartsWith("Credit", StringComparison.Ordinal));
    }

    [Fact]
    public void Scraped_page_body_runs_from_the_first_to_the_last_paragraph_of_reporting()
    {
        var layout = ScrapedPageLayout.Analyze(ScrapedPage, Headline);

        var body = layout.Passages.Where(passage => passage.Kind == PassageKind.Body).Select(passage => passage.Range.Slice(ScrapedPage)).ToList();
        Assert.Equal(4, body.Count);
        Assert.StartsWith("When the northern ferry routes closed", body[0], StringComparison.Ordinal);
        Assert.StartsWith("Castamar also invited Velorian ships", body[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_site_promotion_is_left_out_of_every_passage()
    {
        var layout = ScrapedPageLayout.Analyze(ScrapedPage, Headline);

        var lastPassageEnd = layout.Passages[^1].Range.End;
        Assert.Contains("jobs board", ScrapedPage[lastPassageEnd..], StringComparison.Ordinal);
        Assert.DoesNotContain(Texts(ScrapedPage, layout), text => text.Contains("coast?", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_real_sentence_in_the_body_is_kept()
    {
        var layout = ScrapedPageLayout.Analyze(ScrapedPage, Headline);

        Assert.Contains("Talks resume in May.", Texts(ScrapedPage, layout));
    }

    [Fact]
    public void Sentence_above_the_headline_is_kept_as_running_text()
    {
        const string text = "World\n\nThe council met on Friday and approved the ferry lease.\n\nFerry lease approved\n\nThe lease runs for five years.";

        var layout = ScrapedPageLayout.Analyze(text, "Ferry lease approved");

        Assert.Equal(
            ["The council met on Friday and approved the ferry lease.", "The lease runs for five years."],
            Texts(text, layout));
    }

    [Fact]
    public void Text_without_a_header_is_all_body()
    {
        var text = File.ReadAllText(IngestPaths.Fixture("plain-news.txt"));

        var layout = ScrapedPageLayout.Analyze(text);

        Assert.Equal(3, layout.Passages.Count);
        Assert.All(layout.Passages, passage => Assert.Equal(PassageKind.Body, passage.Kind));
        Assert.Equal(text.Trim(), text[layout.Passages[0].Range.Start..layout.Passages[^1].Range.End]);
        Assert.Null(layout.Title);
        Assert.Null(layout.Section);
        Assert.Empty(layout.Tags);
    }

    [Fact]
    public void Text_starting_with_a_dateline_is_all_body()
    {
        const string text = " date 2031-06-04 PORT ANSEL — Veloria and Castamar agreed on Tuesday to reopen the ferry route.\n\nThe deal needs a vote in both parliaments.";

        var layout = ScrapedPageLayout.Analyze(text, "Ferry route to reopen");

        Assert.Equal(
            ["date 2031-06-04 PORT ANSEL — Veloria and Castamar agreed on Tuesday to reopen the ferry route.", "The deal needs a vote in both parliaments."],
            Texts(text, layout));
    }

    [Fact]
    public void Known_title_on_the_first_line_and_the_byline_under_it_are_left_out()
    {
        const string text = "Ferry talks resume\nBy Ana Sorell\nHarbour Ledger\nCastamar and Veloria resumed ferry talks on Monday after a long pause.\nBoth sides called the meeting useful.";

        var layout = ScrapedPageLayout.Analyze(text, "Ferry talks resume");

        Assert.Equal(
            ["Castamar and Veloria resumed ferry talks on Monday after a long pause.", "Both sides called the meeting useful."],
            Texts(text, layout));
    }

    [Fact]
    public void Crlf_line_breaks_give_the_same_passages()
    {
        var crlf = ScrapedPage.ReplaceLineEndings("\r\n");

        var lf = ScrapedPageLayout.Analyze(ScrapedPage, Headline);
        var windows = ScrapedPageLayout.Analyze(crlf, Headline);

        Assert.Equal(Texts(ScrapedPage, lf), Texts(crlf, windows));
        Assert.Equal(lf.Passages.Select(passage => passage.Kind), windows.Passages.Select(passage => passage.Kind));
        Assert.Equal(lf.Dek, windows.Dek);
        Assert.Equal(lf.Credits, windows.Credits);
    }

    [Fact]
    public void Hard_wrapped_paragraph_is_one_passage()
    {
        var text = File.ReadAllText(IngestPaths.Fixture("wrapped-notes.md"));

        var layout = ScrapedPageLayout.Analyze(text);

        Assert.Equal(2, layout.Passages.Count);
        Assert.EndsWith("after the vote.", layout.Passages[0].Range.Slice(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_sentence_that_mentions_a_career_is_kept()
    {
        const string text = "The envoy met the minister on Monday.\n\nShe began her career as a customs officer in Port Ansel.";

        var layout = ScrapedPageLayout.Analyze(text);

        Assert.Equal(2, layout.Passages.Count);
    }

    [Fact]
    public void Newsletter_and_copyright_lines_at_the_end_are_promotion()
    {
        const string text = "The envoy met the minister on Monday.\n\nSign up for our morning newsletter\n\n© 2031 The Harbour Ledger. All rights reserved.";

        var layout = ScrapedPageLayout.Analyze(text);

        Assert.Equal(["The envoy met the minister on Monday."], Texts(text, layout));
    }

    [Fact]
    public void Labelled_photo_line_that_is_a_sentence_is_a_caption_not_a_credit()
    {
        const string text = "Photo: The two ministers sign the ferry agreement in Port Ansel on Tuesday.\n\nThe agreement runs until 2040.";

        var layout = ScrapedPageLayout.Analyze(text);

        Assert.Empty(layout.Credits);
        Assert.Equal(PassageKind.Caption, layout.Passages[0].Kind);
        Assert.Equal(PassageKind.Body, layout.Passages[1].Kind);
    }

    [Fact]
    public void Repeated_sentence_is_not_taken_for_a_headline()
    {
        const string text = "The port is closed.\n\nShips wait outside.\n\nThe port is closed.\n\nOfficials gave no date for reopening.";

        var layout = ScrapedPageLayout.Analyze(text);

        Assert.Null(layout.Title);
        Assert.Equal(4, layout.Passages.Count);
    }

    [Fact]
    public void Empty_body_has_no_passages()
    {
        var layout = ScrapedPageLayout.Analyze(string.Empty);

        Assert.Empty(layout.Passages);
        Assert.Null(layout.Title);
    }

    private static string[] Texts(string body, PageLayout layout) =>
        [.. layout.Passages.Select(passage => passage.Range.Slice(body))];
}
