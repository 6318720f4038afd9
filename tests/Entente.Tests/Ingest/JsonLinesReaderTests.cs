using System.Text;
using Entente.Ingest;

namespace Entente.Tests.Ingest;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Json_lines_fixture_reads_id_date_title_source_and_url()
    {
        var items = new ArticleSource().Read(IngestPaths.Fixture("articles.jsonl")).ToList();

        Assert.Equal(2, items.Count);
        var first = items[0].Article!;
        Assert.Equal("ledger-001", first.Id);
        Assert.Equal(new DateOnly(2031, 6, 1), first.Published);
        Assert.Equal("The Harbour Ledger", first.Source);
        Assert.Equal("https://ledger.example/001", first.Url);
        Assert.Equal("Veloria recalls consul", first.Title);
        Assert.Equal("Veloria recalled its consul from Port Ansel on Sunday, the foreign ministry said.", first.Body);
    }

    [Fact]
    public void Date_time_gives_the_date_as_written()
    {
        var second = new ArticleSource().Read(IngestPaths.Fixture("articles.jsonl")).ToList()[1].Article!;

        Assert.Equal(new DateOnly(2031, 6, 3), second.Published);
    }

    [Fact]
    public void Known_title_at_the_top_of_the_text_is_not_coded()
    {
        var second = new ArticleSource().Read(IngestPaths.Fixture("articles.jsonl")).ToList()[1].Article!;

        var passage = Assert.Single(second.Passages);
        Assert.Equal("Castamar invited the trade envoy of Veloria to Port Ansel on Tuesday.", passage.Range.Slice(second.Body));
    }

    [Fact]
    public void Bad_lines_between_good_ones_are_reported_and_the_rest_still_read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("batch.jsonl", string.Join('\n',
            Line("a", "2031-06-01", "First report."),
            "{\"id\": \"b\", \"published\": ",
            "{\"id\": \"c\", \"published\": \"2031-06-01\"}",
            Line("d", "yesterday-ish", "Fourth report."),
            "{\"text\": \"No id here.\", \"published\": \"2031-06-01\"}",
            string.Empty,
            Line("a", "2031-06-02", "Same id again."),
            "[1, 2]",
            Line("e", "2031-06-03", "Last report.")));

        var items = new ArticleSource().Read(path).ToList();

        Assert.Equal(["a", "e"], items.Where(item => item.IsArticle).Select(item => item.Article!.Id));
        var problems = items.Where(item => !item.IsArticle).Select(item => item.Problem!.ToString()).ToList();
        Assert.Equal(6, problems.Count);
        Assert.StartsWith($"{path} line 2: invalid JSON", problems[0], StringComparison.Ordinal);
        Assert.Equal($"{path} line 3: missing \"text\"", problems[1]);
        Assert.StartsWith($"{path} line 4: invalid published \"yesterday-ish\"", problems[2], StringComparison.Ordinal);
        Assert.Equal($"{path} line 5: missing \"id\"", problems[3]);
        Assert.Equal($"{path} line 7: duplicate id \"a\" (first on line 1)", problems[4]);
        Assert.Equal($"{path} line 8: not a JSON object", problems[5]);
    }

    [Fact]
    public void Line_over_the_limit_is_reported_and_the_next_line_still_reads()
    {
        var text = Line("long", "2031-06-01", new string('x', 500)) + "\n" + Line("short", "2031-06-01", "Short report.");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var items = JsonLinesReader.Read("big.jsonl", stream, maxLineBytes: 200).ToList();

        Assert.StartsWith("big.jsonl line 1: line is ", items[0].Problem!.ToString(), StringComparison.Ordinal);
        Assert.Equal("short", items[1].Article!.Id);
    }

    [Fact]
    public void Invalid_utf8_on_one_line_is_reported_alone()
    {
        var good = Encoding.UTF8.GetBytes(Line("good", "2031-06-01", "Fine.") + "\n");
        byte[] bad = [.. Encoding.UTF8.GetBytes("{\"id\": \"bad\", \"published\": \"2031-06-01\", \"text\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"}\n")];
        using var stream = new MemoryStream([.. good, .. bad, .. good.Select(b => b)]);

        var items = JsonLinesReader.Read("mixed.jsonl", stream).ToList();

        Assert.True(items[0].IsArticle);
        Assert.Equal($"mixed.jsonl line 2: not valid UTF-8 (byte offset {good.Length + bad.Length - 4})", items[1].Problem!.ToString());
        Assert.Equal("mixed.jsonl line 3: duplicate id \"good\" (first on line 1)", items[2].Problem!.ToString());
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        var text = "\uFEFF" + Line("one", "2031-06-01", "First.") + "\r\n" + Line("two", "2031-06-02", "Second.") + "\r\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var items = JsonLinesReader.Read("windows.jsonl", stream).ToList();

        Assert.Equal(["one", "two"], items.Select(item => item.Article!.Id));
        Assert.Equal("First.", items[0].Article!.Body);
    }

    [Fact]
    public void Text_escapes_are_decoded_and_kept_exactly()
    {
        const string line = "{\"id\": \"esc\", \"published\": \"2031-06-01\", \"text\": \"Line one.\\r\\n\\r\\nLine \\\"two\\\"\\u00a0.\"}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line));

        var article = JsonLinesReader.Read("escapes.jsonl", stream).Single().Article!;

        Assert.Equal("Line one.\r\n\r\nLine \"two\"\u00a0.", article.Body);
        PassageAssertions.AreWellFormed(article);
    }

    [Fact]
    public void Json_lines_file_of_blank_lines_is_empty()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("\n  \n\r\n"));

        var item = Assert.Single(JsonLinesReader.Read("blank.jsonl", stream));

        Assert.Equal("blank.jsonl: empty file", item.ToString());
    }

    private static string Line(string id, string published, string text) =>
        $"{{\"id\": \"{id}\", \"published\": \"{published}\", \"text\": \"{text}\"}}";
}
