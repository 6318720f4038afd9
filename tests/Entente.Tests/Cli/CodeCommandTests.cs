using System.Text.Json;

namespace Entente.Tests.Cli;

public sealed class CodeCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Code_writes_valid_json_lines_whose_evidence_is_the_article_text_at_its_offsets()
    {
        var samples = Path.Combine(RepoPaths.Root, "samples", "articles.jsonl");
        var texts = File.ReadLines(samples).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);

        var (exit, output, error) = Run("code", samples);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            var evidence = e.GetProperty("evidence");
            var text = texts[e.GetProperty("article_id").GetString()!];
            var start = evidence.GetProperty("start").GetInt32();
            var end = evidence.GetProperty("end").GetInt32();
            Assert.Equal(evidence.GetProperty("text").GetString(), text[start..end]);
            Assert.InRange(e.GetProperty("quad_class").GetInt32(), 1, 4);
            Assert.InRange(e.GetProperty("goldstein").GetDouble(), -10, 10);
            Assert.Matches("^[0-9]{3,4}$", e.GetProperty("cameo").GetString());
            Assert.Contains(e.GetProperty("modality").GetString(), new[] { "asserted", "future", "negated", "hypothetical" });
        }

        // The sample says Pak called on President Khurelsukh on Monday 2024-03-11: a CONSULT from North Korea to Mongolia.
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "CONSULT"
            && e.GetProperty("actors").EnumerateArray().Any(a => a.GetProperty("country").GetString() == "PRK")
            && e.GetProperty("recipients").EnumerateArray().Any(a => a.GetProperty("country").GetString() == "MNG"));
    }

    [Fact]
    public void A_bad_line_is_reported_and_the_output_stays_valid_json_lines()
    {
        var file = Path.Combine(Path.GetTempPath(), $"entente-code-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(file,
            [
                """{"id":"a","published":"2024-03-12","text":"Freedonia is unknown, but Japan expelled two Chinese diplomats on Monday."}""",
                """{"id":"b","published":"not a date","text":"x"}""",
                """{"id":"c","published":"2024-03-12","text":"The weather was fine."}""",
            ]);
            var (exit, output, error) = Run("code", file);
            Assert.Equal(0, exit);
            Assert.Contains("line 2", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
            var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var expelled = Assert.Single(events);
            Assert.Equal(("a", "SANCTION", "2024-03-11"), (expelled.GetProperty("article_id").GetString(), expelled.GetProperty("type").GetString(), expelled.GetProperty("date").GetString()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("csv", "article_id,type,mode,cameo")]
    [InlineData("table", "actors → recipients")]
    public void Code_writes_csv_and_tables(string format, string expected)
    {
        var (exit, output, _) = Run("code", Path.Combine(RepoPaths.Root, "samples", "articles.jsonl"), "--format", format);
        Assert.Equal(0, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("CONSULT", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_refused_with_a_message()
    {
        var (exit, _, error) = Run("code", "x.jsonl", "--format", "xml");
        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }
}
