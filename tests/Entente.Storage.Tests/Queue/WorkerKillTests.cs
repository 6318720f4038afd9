using System.Diagnostics;
using System.Globalization;
using System.Text;
using Entente.Storage.Queue;
using Npgsql;

namespace Entente.Storage.Tests.Queue;

/// <summary>
/// Three real <c>entente worker</c> processes drain one queue; one is killed with SIGKILL while it holds a batch.
/// Its batch returns to the queue when the lease expires, the others finish it, and the store ends exactly as one
/// writer would leave it: every article stored once, the same events and mentions, none twice.
/// </summary>
[RequiresPostgres]
public sealed class WorkerKillTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Copies = 15;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [StoreFact]
    public async Task Killing_one_of_three_worker_processes_mid_batch_loses_nothing_and_stores_nothing_twice()
    {
        var connectionString = await database.NewSchemaAsync();
        var articles = DevArticles.Repeated(Copies);
        await using (var queue = WorkQueue.Open(connectionString))
        {
            await queue.PrepareAsync();
            await queue.EnqueueAsync("dev", articles);
        }

        await using var data = NpgsqlDataSource.Create(connectionString);
        var workers = Enumerable.Range(0, 3).Select(_ => WorkerProcess.Start(connectionString)).ToList();
        try
        {
            var victim = workers[0];
            var clock = Stopwatch.StartNew();
            while (await ScalarAsync(data, "SELECT COUNT(*) FROM work_queue WHERE status = 'done'") < 32 || await HeldByAsync(data, victim.Process.Id) == 0)
            {
                Assert.False(victim.Process.HasExited, "the worker to kill exited first: " + victim.Output);
                Assert.True(clock.Elapsed < Patience, "no worker got going: " + victim.Output);
                await Task.Delay(20);
            }

            victim.Process.Kill();
            await victim.Process.WaitForExitAsync();
            Assert.InRange(await HeldByAsync(data, victim.Process.Id), 1, 32);

            foreach (var survivor in workers.Skip(1))
            {
                using var timeout = new CancellationTokenSource(Patience);
                await survivor.Process.WaitForExitAsync(timeout.Token);
                Assert.True(survivor.Process.ExitCode == 0, survivor.Output);
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }

        await using (var queue = WorkQueue.Open(connectionString))
        {
            var status = await queue.StatusAsync();
            Assert.True(status.Failed == 0, string.Join("; ", status.RecentFailures.Select(f => $"{f.ArticleId}: {f.Error}")));
            Assert.Equal((0L, 0L, (long)articles.Count), (status.Pending, status.Running, status.Done));
        }


        Assert.Equal(articles.Count, await ScalarAsync(data, "SELECT COUNT(*) FROM work_queue"));
        Assert.Equal(articles.Count, await ScalarAsync(data, "SELECT COUNT(DISTINCT id) FROM articles"));
        Assert.Equal(0, await ScalarAsync(data, "SELECT COUNT(*) FROM (SELECT 1 FROM event_mentions GROUP BY article_seq, ordinal HAVING COUNT(*) > 1) twice"));
        var expected = await OneWriter.StatsAsync(database, connectionString, articles);
        await using var store = await PostgresEventStore.OpenAsync(connectionString);
        var stats = await store.StatsAsync();
        Assert.Equal((expected.Articles, expected.Events, expected.Mentions, 0L), (stats.Articles, stats.Events, stats.Mentions, stats.Errors));
        await PostgresDatabase.DropSchemaAsync(connectionString);
    }

    private static Task<long> HeldByAsync(NpgsqlDataSource data, int processId) => ScalarAsync(
        data,
        "SELECT COUNT(*) FROM work_queue WHERE status = 'running' AND lease_owner LIKE @owner",
        ("@owner", string.Create(CultureInfo.InvariantCulture, $"%:{processId}:%")));

    private static async Task<long> ScalarAsync(NpgsqlDataSource data, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = data.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>An <c>entente worker --once</c> process with a 3 s lease, its output kept for failure messages.</summary>
    private sealed class WorkerProcess : IDisposable
    {
        private readonly StringBuilder output = new();

        private WorkerProcess(Process process) => Process = process;

        public Process Process { get; }

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public static WorkerProcess Start(string connectionString)
        {
            var entente = Path.Combine(AppContext.BaseDirectory, "entente.dll");
            var process = new Process
            {
                StartInfo = new ProcessStartInfo("dotnet", [entente, "worker", "--db", connectionString, "--lease", "3s", "--once"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                },
            };
            var worker = new WorkerProcess(process);
            process.OutputDataReceived += (_, line) => worker.Append(line.Data);
            process.ErrorDataReceived += (_, line) => worker.Append(line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return worker;
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill();
                Process.WaitForExit();
            }

            Process.Dispose();
        }

        private void Append(string? line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
