using System.Text.Json;

namespace Entente.Tests.Cli;

/// <summary>The corpus commands end to end, in-process, against a real SQLite file in a temporary folder.</summary>
public sealed class CorpusCommandsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("entente-cli-").FullName;

    private string Db => Path.Combine(folder, "corpus.db");

    private static string Samples => Path.Combine(RepoPaths.Root, "samples", "demo", "corpus.jsonl");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Ingest_stores_the_corpus_once_and_a_second_ingest_changes_nothing()
    {
        var first = CliRun.Run("ingest", Samples, "--db", Db);
        Assert.Equal(0, first.Exit);
        Assert.Contains("42 read: 42 new, 0 recoded, 0 unchanged, 0 failed", first.Output, StringComparison.Ordinal);

        var second = CliRun.Run("ingest", Samples, "--db", Db);
        Assert.Equal(0, second.Exit);
        Assert.Contains("42 read: 0 new, 0 recoded, 42 unchanged, 0 failed; 0 events created, 0 joined", second.Output, StringComparison.Ordinal);

        var recode = CliRun.Run("recode", "--db", Db);
        Assert.Equal(0, recode.Exit);
        Assert.Contains("0 read", recode.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_item_is_one_line_on_stderr_and_the_batch_goes_on()
    {
        var (exit, output, error) = CliRun.Run("ingest", Path.Combine(folder, "missing.jsonl"), Samples, "--db", Db);
        Assert.Equal(0, exit);
        Assert.Equal($"{Path.Combine(folder, "missing.jsonl")}: no such file or folder", error.Trim());
        Assert.Contains("43 read: 42 new, 0 recoded, 0 unchanged, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_relations_shifts_and_export_read_what_ingest_stored()
    {
        Assert.Equal(0, CliRun.Run("ingest", Samples, "--db", Db).Exit);

        var events = CliRun.Run("events", "--db", Db, "--dyad", "SAU", "IRN", "--json", "--limit", "1000");
        Assert.Equal(0, events.Exit);
        var stored = JsonDocument.Parse(events.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(stored);
        Assert.All(stored, e =>
        {
            var countries = e.GetProperty("actor_countries").EnumerateArray().Concat(e.GetProperty("recipient_countries").EnumerateArray()).Select(c => c.GetString()).ToList();
            Assert.Contains("SAU", countries);
            Assert.Contains("IRN", countries);
        });
        // The March 2023 deal to restore ties is reported by more than one outlet: one event, several articles.
        Assert.Contains(stored, e => e.GetProperty("article_count").GetInt32() >= 2 && e.GetProperty("source_count").GetInt32() >= 2);

        var relations = CliRun.Run("relations", "SAU", "IRN", "--db", Db, "--json");
        Assert.Equal(0, relations.Exit);
        var points = JsonDocument.Parse(relations.Output).RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(stored.Count, points.Sum(p => p.GetProperty("events").GetInt32()));

        var shifts = CliRun.Run("shifts", "--db", Db, "--json");
        Assert.Equal(0, shifts.Exit);
        Assert.StartsWith("[", shifts.Output, StringComparison.Ordinal);

        var export = CliRun.Run("export", "--db", Db, "--format", "csv");
        Assert.Equal(0, export.Exit);
        var lines = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,date,type,", lines[0], StringComparison.Ordinal);
        var all = CliRun.Run("events", "--db", Db, "--json", "--limit", "1000");
        Assert.Equal(JsonDocument.Parse(all.Output).RootElement.GetArrayLength(), lines.Length - 1);

        var plover = CliRun.Run("export", "--db", Db, "--format", "plover-jsonl");
        Assert.All(plover.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.NotEmpty(JsonDocument.Parse(line).RootElement.GetProperty("mentions").EnumerateArray()));
    }

    [Fact]
    public void Coverage_counts_the_outlets_articles_per_country()
    {
        Assert.Equal(0, CliRun.Run("ingest", Samples, "--db", Db).Exit);
        var (exit, output, _) = CliRun.Run("coverage", "Meridian Wire", "--db", Db, "--json");
        Assert.Equal(0, exit);
        var periods = JsonDocument.Parse(output).RootElement.GetProperty("series").GetProperty("periods").EnumerateArray().ToList();
        var outletArticles = File.ReadLines(Samples).Count(l => l.Contains("\"source\": \"Meridian Wire\"", StringComparison.Ordinal));
        Assert.Equal(outletArticles, periods.Sum(p => p.GetProperty("articles").GetInt32()));
    }

    [Fact]
    public void A_corrupt_database_is_one_line_naming_it_and_exit_code_2()
    {
        File.WriteAllBytes(Db, Enumerable.Repeat((byte)0x5A, 4096).ToArray());
        var (exit, output, error) = CliRun.Run("events", "--db", Db);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(Db, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_ingests_the_bundled_corpus_and_shows_events_relations_and_shifts()
    {
        var (exit, output, error) = CliRun.Run("demo", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("42 read: 42 new", output, StringComparison.Ordinal);
        Assert.Contains("Most reported events", output, StringComparison.Ordinal);
        Assert.Contains("Relations ", output, StringComparison.Ordinal);
        Assert.Contains("Shifts", output, StringComparison.Ordinal);
    }
}
