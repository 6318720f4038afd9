using Entente.Ingest;
using Entente.Text;

namespace Entente.Tests.Ingest;

public sealed class HtmlPageReaderTests
{
    private static readonly Article Page = new ArticleSource().Read(IngestPaths.Fixture("article.html")).Single().Article!;

    [Fact]
    public void Html_page_gives_title_date_section_tags_and_source()
    {
        Assert.Equal("article", Page.Id);
        Assert.Equal("Castamar and Veloria reopen ferry talks", Page.Title);
        Assert.Equal(new DateOnly(2031, 6, 4), Page.Published);
        Assert.Equal("Coastal Affairs", Page.Section);
        Assert.Equal(["ferries", "Castamar", "Veloria"], Page.Tags);
        Assert.Equal("The Harbour Ledger", Page.Source);
    }

    [Fact]
    public void Url_comes_from_the_canonical_link()
    {
        Assert.Equal("https://ledger.example/2031/06/castamar-veloria-ferry-talks", Page.Url);
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines_and_each_is_a_passage()
    {
        var body = PassageAssertions.Texts(Page, PassageKind.Body);

        Assert.Contains("\n\n", Page.Body, StringComparison.Ordinal);
        Assert.Contains(body, text => text.StartsWith("The foreign minister of Castamar received the trade envoy", StringComparison.Ordinal));
        Assert.Contains(body, text => text.StartsWith("Fishing associations on both islands", StringComparison.Ordinal));
        Assert.Contains("before the winter storms close the strait", Page.Body, StringComparison.Ordinal);
        PassageAssertions.AreWellFormed(Page);
    }

    [Fact]
    public void Figure_caption_becomes_a_caption_passage()
    {
        var caption = Assert.Single(PassageAssertions.Texts(Page, PassageKind.Caption));

        Assert.Equal("Trade envoy Mira Hollen shakes hands with the harbour minister of Castamar in Port Ansel on June 3.", caption);
    }

    [Fact]
    public void Navigation_and_footer_are_not_coded()
    {
        var coded = string.Join("\n", Page.Passages.Select(passage => passage.Range.Slice(Page.Body)));

        Assert.DoesNotContain("Sign in", coded, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", coded, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_without_a_canonical_link_takes_the_file_path_as_url()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("short.html", "<html><head><title>Ferry note</title></head><body><p>Castamar and Veloria met on Monday to discuss the ferry.</p></body></html>");

        var article = new ArticleSource().Read(path).Single().Article!;

        Assert.Equal(path, article.Url);
        Assert.Equal("Castamar and Veloria met on Monday to discuss the ferry.", article.Body);
    }

    [Fact]
    public void Malformed_html_does_not_throw()
    {
        const string html = "<html><body><div><p>Castamar and Veloria <b>agreed <i>on Monday</b> to reopen the route.<p>Talks go on</div></span></table><<>>";

        var item = HtmlPageReader.Read("broken.html", "broken", html);

        Assert.True(item.IsArticle, item.ToString());
        Assert.Contains("agreed on Monday to reopen the route.", item.Article!.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><head><title>Empty</title></head><body><nav><a href=\"/\">Home</a></nav><script>var x = 1;</script></body></html>")]
    [InlineData("<html></html>")]
    [InlineData("<html><body>  <!-- nothing here -->  </body></html>")]
    public void Page_without_article_text_is_a_problem(string html)
    {
        var item = HtmlPageReader.Read("empty.html", "empty", html);

        Assert.Equal("empty.html: no article text found", item.ToString());
    }
}
