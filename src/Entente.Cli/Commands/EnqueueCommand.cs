using System.CommandLine;
using System.Globalization;
using Entente.Cli.Store;
using Entente.Ingest;
using Entente.Storage.Queue;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente enqueue SOURCE...</c>: reads articles and queues them as pending in the PostgreSQL work queue, for
/// <c>entente worker</c> processes to code and store. Enqueueing the same article with the same content again queues
/// nothing; one that had failed is queued again. Each input that gives no article is one line on stderr and a failed
/// row that <c>entente queue</c> lists.
/// </summary>
public static class EnqueueCommand
{
    /// <summary>Articles per transaction: enough to spread a commit's cost, few enough to show progress on a long read.</summary>
    private const int ChunkSize = 200;

    public static Command Create()
    {
        var sources = new Argument<string[]>("source") { Description = "Files, folders, JSON Lines files, URLs of pages or feeds, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var db = StoreOption.Create();
        var command = new Command("enqueue", "Queue articles for entente worker processes (PostgreSQL)") { sources, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return QueueCommand.RunAsync(parse.GetValue(db), error, prepare: true, async queue =>
            {
                var outcomes = new Dictionary<EnqueueOutcome, int>();
                var unreadable = 0;
                var reader = new ArticleSource();
                foreach (var source in parse.GetValue(sources)!)
                {
                    var chunk = new List<Article>(ChunkSize);
                    foreach (var item in reader.Read(source))
                    {
                        if (!item.IsArticle)
                        {
                            await queue.RecordUnreadableAsync(item.Problem.Input, item.Problem.Reason, cancellationToken);
                            await error.WriteLineAsync(item.Problem.ToString());
                            unreadable++;
                            continue;
                        }

                        chunk.Add(item.Article);
                        if (chunk.Count == ChunkSize)
                        {
                            Tally(outcomes, await queue.EnqueueAsync(source, chunk, cancellationToken));
                            chunk.Clear();
                        }
                    }

                    if (chunk.Count > 0)
                    {
                        Tally(outcomes, await queue.EnqueueAsync(source, chunk, cancellationToken));
                    }
                }

                var added = outcomes.GetValueOrDefault(EnqueueOutcome.Added);
                var already = outcomes.GetValueOrDefault(EnqueueOutcome.AlreadyQueued);
                var requeued = outcomes.GetValueOrDefault(EnqueueOutcome.Requeued);
                var read = added + already + requeued;
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{read + unreadable} read: {added} queued, {already} already queued, {requeued} queued again after failing, {unreadable} unreadable"));
                await output.WriteLineAsync($"queue: {queue.Name}");
                return read == 0 ? 1 : 0;
            }, cancellationToken);
        });
        return command;
    }

    private static void Tally(Dictionary<EnqueueOutcome, int> outcomes, IReadOnlyList<EnqueueOutcome> chunk)
    {
        foreach (var outcome in chunk)
        {
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
    }
}
