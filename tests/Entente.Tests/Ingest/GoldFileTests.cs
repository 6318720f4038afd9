using System.Text.Json;
using Entente.Text;

namespace Entente.Tests.Ingest;

public sealed class GoldFileTests
{
    [Theory]
    [InlineData("news-dev.jsonl", 17)]
    [InlineData("news-dev-world.jsonl", 24)]
    public void Gold_file_reads_without_problems(string fileName, int articles)
    {
        var items = GoldArticles.Read(fileName);

        Assert.All(items, item => Assert.True(item.IsArticle, item.ToString()));
        Assert.Equal(articles, items.Count);
    }

    [Theory]
    [InlineData("news-dev.jsonl")]
    [InlineData("news-dev-world.jsonl")]
    public void Gold_bodies_are_the_texts_unchanged(string fileName)
    {
        var items = GoldArticles.Read(fileName);
        var raw = GoldArticles.RawLines(fileName);

        Assert.Equal(raw.Count, items.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            Assert.Equal(raw[i].GetProperty("text").GetString(), items[i].Article!.Body);
            Assert.Equal(raw[i].GetProperty("id").GetString(), items[i].Article!.Id);
        }
    }

    [Theory]
    [InlineData("news-dev.jsonl")]
    [InlineData("news-dev-world.jsonl")]
    public void Gold_passages_are_sorted_disjoint_trimmed_and_inside_the_body(string fileName)
    {
        foreach (var item in GoldArticles.Read(fileName))
        {
            Assert.NotEmpty(item.Article!.Passages);
            PassageAssertions.AreWellFormed(item.Article);
        }
    }

    // The layout must never hide running text: every piece of gold evidence lies inside a coded passage.
    [Theory]
    [InlineData("news-dev.jsonl")]
    [InlineData("news-dev-world.jsonl")]
    public void Gold_evidence_lies_inside_coded_passages(string fileName)
    {
        var items = GoldArticles.Read(fileName);
        var raw = GoldArticles.RawLines(fileName);
        for (var i = 0; i < raw.Count; i++)
        {
            var article = items[i].Article!;
            foreach (var gold in raw[i].GetProperty("events").EnumerateArray())
            {
                var evidence = gold.GetProperty("evidence").GetString()!;
                Assert.True(IsCoded(article, evidence), $"{article.Id}: evidence outside every passage: {evidence}");
            }
        }
    }

    // Read as plain text, without the title from the JSON, the headline is found by repetition or not at all; the
    // evidence must stay coded either way.
    [Theory]
    [InlineData("news-dev.jsonl")]
    [InlineData("news-dev-world.jsonl")]
    public void Gold_evidence_stays_coded_when_the_text_is_read_without_its_title(string fileName)
    {
        foreach (var raw in GoldArticles.RawLines(fileName))
        {
            var text = raw.GetProperty("text").GetString()!;
            var article = Entente.Ingest.PlainTextReader.Read(raw.GetProperty("id").GetString()!, text);
            foreach (var gold in raw.GetProperty("events").EnumerateArray())
            {
                var evidence = gold.GetProperty("evidence").GetString()!;
                Assert.True(IsCoded(article, evidence), $"{article.Id}: evidence outside every passage: {evidence}");
            }
        }
    }

    private static bool IsCoded(Article article, string evidence)
    {
        for (var at = article.Body.IndexOf(evidence, StringComparison.Ordinal); at >= 0;
             at = article.Body.IndexOf(evidence, at + 1, StringComparison.Ordinal))
        {
            var range = new TextRange(at, at + evidence.Length);
            if (article.Passages.Any(passage => passage.Range.Contains(range)))
            {
                return true;
            }
        }

        return false;
    }
}
