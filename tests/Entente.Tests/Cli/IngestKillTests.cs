using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Entente.Ingest;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Tests.Cli;

/// <summary>
/// Kills a real <c>entente ingest</c> process mid-batch (SIGKILL) and checks the store: every article it stored is
/// whole — a second ingest finds it unchanged and the store ends with exactly the mentions the coder produces.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private const int Copies = 30;

    private readonly string folder = Directory.CreateTempSubdirectory("entente-kill-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Killing_an_ingest_mid_batch_loses_nothing_it_stored_and_leaves_no_half_stored_article()
    {
        var corpus = Path.Combine(folder, "corpus.jsonl");
        var db = Path.Combine(folder, "store.db");
        var lines = File.ReadLines(RepoPaths.NewsDev).Concat(File.ReadLines(RepoPaths.NewsDevWorld)).ToList();
        var total = 0;
        await using (var writer = new StreamWriter(corpus))
        {
            for (var copy = 0; copy < Copies; copy++)
            {
                foreach (var line in lines)
                {
                    var article = JsonNode.Parse(line)!.AsObject();
                    article["id"] = $"{article["id"]!.GetValue<string>()}#{copy}";
                    article.Remove("events");
                    await writer.WriteLineAsync(article.ToJsonString());
                    total++;
                }
            }
        }

        using (var ingest = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "entente.dll"), "ingest", corpus, "--db", db])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            var stored = 0L;
            var clock = Stopwatch.StartNew();
            while (stored < 20 && !ingest.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(50);
                stored = await StoredArticlesAsync(db);
            }

            Assert.False(ingest.HasExited, ingest.HasExited
                ? $"the ingest exited (code {ingest.ExitCode}) before it could be killed: {await ingest.StandardError.ReadToEndAsync()}"
                : "");
            ingest.Kill(entireProcessTree: true);
            await ingest.WaitForExitAsync();
        }

        var survived = await StoredArticlesAsync(db);
        Assert.InRange(survived, 20, total - 1);

        var again = CliRun.Run("ingest", corpus, "--db", db);
        Assert.Equal(0, again.Exit);
        Assert.Contains($"{total} read: {total - survived} new, 0 recoded, {survived} unchanged, 0 failed", again.Output, StringComparison.Ordinal);

        var pipeline = EventCoding.Create(Lexicon.Default);
        var expectedMentions = new ArticleSource().Read(corpus).Sum(item => pipeline.Process(item.Article!).Events.Count);
        await using var store = await EventStores.OpenAsync(db);
        var stats = await store.StatsAsync();
        Assert.Equal(total, stats.Articles);
        Assert.Equal(expectedMentions, stats.Mentions);
    }

    /// <summary>
    /// Counts the stored articles through a read-only connection: opening the store itself would apply its migrations
    /// and race the ingest that is creating the schema.
    /// </summary>
    private static async Task<long> StoredArticlesAsync(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)(await count.ExecuteScalarAsync())!;
        }
        catch (SqliteException)
        {
            return 0; // still being created by the ingest
        }
    }
}
