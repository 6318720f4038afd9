using System.CommandLine;
using System.Globalization;
using Entente.Cli.Store;
using Entente.Storage;
using Entente.Storage.Queue;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente queue</c>: the PostgreSQL work queue at a glance — pending, running, done and failed counts, the
/// throughput, how long the oldest pending article has waited, and the latest failures with their errors.
/// </summary>
public static class QueueCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON for machines" };
        var command = new Command("queue", "Show the work queue: counts, throughput and the latest failures") { db, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return RunAsync(parse.GetValue(db), parse.InvocationConfiguration.Error, prepare: true, async queue =>
            {
                var status = await queue.StatusAsync(cancellationToken);
                await output.WriteLineAsync(parse.GetValue(json) ? Json(status) : Text(status, queue.Name));
                return 0;
            }, cancellationToken);
        });
        return command;
    }

    /// <summary>
    /// Runs a command body against the work queue <paramref name="target"/> names, migrated first when
    /// <paramref name="prepare"/>; a database failure, or a target that is not PostgreSQL, is one line on stderr and
    /// exit code 2.
    /// </summary>
    public static async Task<int> RunAsync(string? target, TextWriter error, bool prepare, Func<WorkQueue, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            await using var queue = WorkQueue.Open(target);
            if (prepare)
            {
                await queue.PrepareAsync(cancellationToken);
            }

            return await body(queue);
        }
        catch (StoreException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return StoreCommand.DatabaseFailed;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled");
            return 130;
        }
    }

    private static string Text(QueueStatus status, string name)
    {
        var text = new System.Text.StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"pending  {status.Pending}");
        text.AppendLine(invariant, $"running  {status.Running}");
        text.AppendLine(invariant, $"done     {status.Done}");
        text.AppendLine(invariant, $"failed   {status.Failed}");
        text.AppendLine(invariant, $"throughput: {status.DoneLastMinute} articles done in the last minute, {status.DonePerMinuteLastHour:0.#} per minute over the last hour");
        text.AppendLine(status.OldestPendingAge is { } age ? $"oldest pending: waiting {Age(age)}" : "oldest pending: none");
        if (status.RecentFailures.Count > 0)
        {
            text.AppendLine("latest failures:");
            foreach (var failure in status.RecentFailures)
            {
                var attempts = failure.Attempts == 1 ? "1 attempt" : string.Create(invariant, $"{failure.Attempts} attempts");
                text.AppendLine(invariant, $"  {failure.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z {failure.ArticleId ?? failure.Input}: {OneLine(failure.Error)} ({attempts})");
            }
        }

        text.Append("queue: ").Append(name);
        return text.ToString();
    }

    private static string Json(QueueStatus status) => MachineJson.Serialize(new
    {
        status.Pending,
        status.Running,
        status.Done,
        status.Failed,
        status.DoneLastMinute,
        status.DonePerMinuteLastHour,
        OldestPendingSeconds = status.OldestPendingAge?.TotalSeconds,
        RecentFailures = status.RecentFailures.Select(f => new { f.Id, f.Input, f.ArticleId, f.Attempts, f.Error, f.At }),
    });

    private static string Age(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{age.TotalSeconds:0} s"),
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalMinutes} min {age.Seconds} s"),
        { TotalDays: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalHours} h {age.Minutes} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalDays} d {age.Hours} h"),
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
