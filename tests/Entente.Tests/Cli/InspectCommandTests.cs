using System.Text.Json;

namespace Entente.Tests.Cli;

public sealed class InspectCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Inspect_json_prints_one_object_per_sample_article_with_resolved_spans()
    {
        var (exit, output, error) = Run("inspect", Path.Combine(RepoPaths.Root, "samples", "articles.jsonl"), "--json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);

        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("sample-pak-mongolia", root.GetProperty("article").GetProperty("id").GetString());
        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        var people = sentences.SelectMany(s => s.GetProperty("people").EnumerateArray()).ToList();
        Assert.Contains(people, p => p.GetProperty("name").GetString() == "Khurelsukh Ukhnaa" && p.GetProperty("country").GetString() == "MNG");
        Assert.Contains(people, p => p.GetProperty("text").GetString() == "Pak" && p.GetProperty("country").GetString() == "PRK");
        var dates = sentences.SelectMany(s => s.GetProperty("dates").EnumerateArray()).Select(d => d.GetProperty("date").GetString()).ToList();
        Assert.Contains("2024-03-11", dates);

        // Every span's text is exactly the body slice its offsets name.
        foreach (var sentence in sentences)
        {
            var text = sentence.GetProperty("text").GetString()!;
            var start = sentence.GetProperty("start").GetInt32();
            foreach (var actor in sentence.GetProperty("actors").EnumerateArray())
            {
                Assert.Equal(actor.GetProperty("text").GetString(), text.Substring(actor.GetProperty("start").GetInt32() - start, actor.GetProperty("end").GetInt32() - actor.GetProperty("start").GetInt32()));
            }
        }
    }

    [Fact]
    public void Inspect_prints_a_readable_table_with_metadata_and_sentences()
    {
        var (exit, output, _) = Run("inspect", Path.Combine(RepoPaths.Root, "samples", "articles.jsonl"));
        Assert.Equal(0, exit);
        Assert.Contains("sample-seoul-havana", output, StringComparison.Ordinal);
        Assert.Contains("place  New York → New York, USA", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_gives_one_line_naming_it_and_a_nonzero_exit()
    {
        var (exit, output, error) = Run("inspect", "/nonexistent/articles.txt");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("/nonexistent/articles.txt: no such file or folder", error.Trim());
    }

    [Fact]
    public void A_bad_file_in_a_folder_is_reported_and_the_rest_is_read()
    {
        var folder = Directory.CreateTempSubdirectory("entente-inspect-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a-good.txt"), "Freedonia and Mongolia held talks in Ulaanbaatar on Monday.");
            File.WriteAllBytes(Path.Combine(folder.FullName, "b-bad.bin"), [0x00, 0x01, 0x02, 0xFF]);
            var (exit, output, error) = Run("inspect", folder.FullName, "--json");
            Assert.Equal(0, exit);
            Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("b-bad.bin", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Dict_check_passes_on_the_embedded_dictionaries_and_prints_the_version()
    {
        var (exit, output, error) = Run("dict", "check");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Matches(@"^dictionary 2026\.\d+\.\d+\+[0-9a-f]{12}: \d+ files, \d+ rows, 0 problems", output);
    }
}
