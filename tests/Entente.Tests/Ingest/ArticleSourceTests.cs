using System.Text;
using Entente.Ingest;

namespace Entente.Tests.Ingest;

public sealed class ArticleSourceTests
{
    [Fact]
    public void Plain_text_file_is_read_whole_with_its_file_name_as_id()
    {
        var path = IngestPaths.Fixture("plain-news.txt");

        var article = Assert.Single(new ArticleSource().Read(path)).Article!;

        Assert.Equal("plain-news", article.Id);
        Assert.Equal(File.ReadAllText(path), article.Body);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Scraped_page_saved_as_text_keeps_its_body_and_gets_a_layout()
    {
        var path = IngestPaths.Fixture("scraped-page.txt");

        var article = Assert.Single(new ArticleSource().Read(path)).Article!;

        Assert.Equal(File.ReadAllText(path), article.Body);
        Assert.Equal("Why Did Veloria's Trade Envoy Sail to Port Ansel?", article.Title);
        Assert.Equal(["Castamar Harbour Office"], article.Credits);
        PassageAssertions.AreWellFormed(article);
    }

    [Fact]
    public void Crlf_text_is_kept_exactly()
    {
        using var folder = new TemporaryFolder();
        const string text = "Castamar opened the port.\r\n\r\nVeloria welcomed the move.\r\n";
        var path = folder.Write("windows.txt", text);

        var article = Assert.Single(new ArticleSource().Read(path)).Article!;

        Assert.Equal(text, article.Body);
        Assert.Equal(["Castamar opened the port.", "Veloria welcomed the move."], article.Passages.Select(passage => passage.Range.Slice(text)));
    }

    [Fact]
    public void Folder_is_read_recursively_in_path_order_skipping_hidden_entries()
    {
        using var folder = new TemporaryFolder();
        folder.Write("b.txt", "Second report about the ferry.");
        folder.Write("a.txt", "First report about the ferry.");
        folder.Write("sub/c.txt", "Third report about the ferry.");
        folder.Write(".hidden.txt", "Hidden report.");
        folder.Write(".cache/d.txt", "Report in a hidden folder.");

        var ids = new ArticleSource().Read(folder.Path).Select(item => item.Article!.Id).ToList();

        Assert.Equal(["a", "b", "c"], ids);
    }

    [Theory]
    [InlineData("{\"id\": \"s1\", \"published\": \"2031-06-01\", \"text\": \"Castamar opened the port.\"}\n", "s1")]
    [InlineData("Castamar opened the port on Monday.", "stdin")]
    [InlineData("<!DOCTYPE html><html><body><p>Castamar opened the port on Monday.</p></body></html>", "stdin")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><item><guid>g1</guid><description>Castamar opened the port.</description></item></channel></rss>", "g1")]
    public void Standard_input_is_sniffed_and_read(string input, string id)
    {
        var source = new ArticleSource(() => new MemoryStream(Encoding.UTF8.GetBytes(input)));

        var article = Assert.Single(source.Read("-")).Article!;

        Assert.Equal(id, article.Id);
        Assert.Contains("Castamar opened the port", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_standard_input_is_a_problem()
    {
        var source = new ArticleSource(() => new MemoryStream());

        Assert.Equal("stdin: empty file", Assert.Single(source.Read("-")).ToString());
    }

    [Theory]
    [InlineData("a.jsonl", InputFormat.JsonLines)]
    [InlineData("a.NDJSON", InputFormat.JsonLines)]
    [InlineData("page.htm", InputFormat.Html)]
    [InlineData("page.html", InputFormat.Html)]
    [InlineData("feed.rss", InputFormat.Feed)]
    [InlineData("feed.atom", InputFormat.Feed)]
    [InlineData("feed.xml", InputFormat.Feed)]
    [InlineData("notes.md", InputFormat.PlainText)]
    [InlineData("notes.txt", InputFormat.PlainText)]
    public void Extension_names_the_format(string path, InputFormat format)
    {
        Assert.Equal(format, InputFormatDetector.FromExtension(path));
    }

    [Theory]
    [InlineData("{\"id\": 1}", InputFormat.JsonLines)]
    [InlineData("  \n<rss version=\"2.0\">", InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat.Feed)]
    [InlineData("<!DOCTYPE html>\n<html>", InputFormat.Html)]
    [InlineData("<html lang=\"en\">", InputFormat.Html)]
    [InlineData("Castamar opened the port.", InputFormat.PlainText)]
    public void Content_names_the_format_when_the_extension_does_not(string start, InputFormat format)
    {
        Assert.Equal(format, InputFormatDetector.Detect("download", start));
    }

    [Fact]
    public void File_without_extension_is_sniffed()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("export", "{\"id\": \"x1\", \"published\": \"2031-06-01\", \"text\": \"Castamar opened the port.\"}\n");

        Assert.Equal("x1", Assert.Single(new ArticleSource().Read(path)).Article!.Id);
    }
}
