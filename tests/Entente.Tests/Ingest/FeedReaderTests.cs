using Entente.Ingest;
using Entente.Text;

namespace Entente.Tests.Ingest;

public sealed class FeedReaderTests
{
    [Fact]
    public void Feed_with_one_broken_item_reads_the_two_good_ones()
    {
        var path = IngestPaths.Fixture("feed-rss.xml");

        var items = new ArticleSource().Read(path).ToList();

        Assert.Equal(3, items.Count);
        Assert.True(items[0].IsArticle);
        Assert.Equal($"{path} item 2: invalid pubDate \"yesterday-ish\"", items[1].ToString());
        Assert.True(items[2].IsArticle);
    }

    [Fact]
    public void Rss_item_gives_id_title_link_date_source_and_categories()
    {
        var article = new ArticleSource().Read(IngestPaths.Fixture("feed-rss.xml")).First().Article!;

        Assert.Equal("ledger-2031-0601", article.Id);
        Assert.Equal("Veloria recalls its consul from Port Ansel", article.Title);
        Assert.Equal("https://ledger.example/2031/06/consul-recalled", article.Url);
        Assert.Equal(new DateOnly(2031, 6, 1), article.Published);
        Assert.Equal("Harbour Ledger Wire", article.Source);
        Assert.Equal(["Diplomacy"], article.Tags);
        Assert.Equal(
            ["Veloria recalled its consul from Port Ansel on Sunday after a dispute over fishing permits.", "The consul is expected back within a month."],
            PassageAssertions.Texts(article, PassageKind.Body));
    }

    [Fact]
    public void Full_content_wins_over_the_teaser_and_its_figure_caption_is_a_caption()
    {
        var article = new ArticleSource().Read(IngestPaths.Fixture("feed-rss.xml")).Last().Article!;

        Assert.Equal("https://ledger.example/2031/06/envoy-invited", article.Id);
        Assert.DoesNotContain("teaser", article.Body, StringComparison.Ordinal);
        Assert.Equal(["The ministry building in Port Ansel."], PassageAssertions.Texts(article, PassageKind.Caption));
        Assert.Equal(new DateOnly(2031, 6, 3), article.Published);
    }

    [Fact]
    public void Atom_entries_read_html_and_xhtml_content()
    {
        var items = new ArticleSource().Read(IngestPaths.Fixture("feed-atom.xml")).ToList();

        var first = items[0].Article!;
        Assert.Equal("urn:example:island-monitor:101", first.Id);
        Assert.Equal("https://monitor.example/101", first.Url);
        Assert.Equal(new DateOnly(2031, 6, 4), first.Published);
        Assert.Equal("Island States Monitor", first.Source);
        Assert.Equal(["ferries"], first.Tags);
        Assert.Equal("Castamar and Veloria will hold ferry talks in July, officials from both sides said.", first.Body);

        var second = items[1].Article!;
        Assert.Equal(new DateOnly(2031, 6, 5), second.Published);
        Assert.Equal("Fishing associations asked to join the talks.\n\nThey said the quota question could not wait.", second.Body);
    }

    [Fact]
    public void Item_without_text_is_a_problem()
    {
        const string xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>Only a title</title><pubDate>Mon, 02 Jun 2031 08:00:00 GMT</pubDate></item></channel></rss>";

        var item = Assert.Single(FeedReader.Read("thin.xml", xml));

        Assert.StartsWith("thin.xml item 1: no text", item.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_does_not_parse_is_one_problem_for_the_file()
    {
        var item = Assert.Single(FeedReader.Read("cut.xml", "<rss version=\"2.0\"><channel><item><title>Cut off"));

        Assert.StartsWith("cut.xml: not well-formed XML", item.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_a_problem()
    {
        var item = Assert.Single(FeedReader.Read("config.xml", "<settings><mode>fast</mode></settings>"));

        Assert.Equal("config.xml: not an RSS or Atom feed (root element <settings>)", item.ToString());
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        using var folder = new TemporaryFolder();
        var secret = folder.Write("secret.txt", "TOP-SECRET-VALUE");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \"file://{secret}\">]>"
            + "<rss version=\"2.0\"><channel><title>T</title><item><title>X</title><description>Leak: &leak;</description></item></channel></rss>";

        var items = FeedReader.Read("evil.xml", xml).ToList();

        Assert.DoesNotContain(items, item => item.IsArticle && item.Article.Body.Contains("TOP-SECRET", StringComparison.Ordinal));
    }
}
