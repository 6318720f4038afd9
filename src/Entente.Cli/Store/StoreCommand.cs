using Entente.Storage;

namespace Entente.Cli.Store;

/// <summary>
/// Runs a command body against an open store and turns a database failure — corrupt, locked, read-only, unreachable —
/// into one line on stderr and exit code 2, never a stack trace.
/// </summary>
public static class StoreCommand
{
    public const int DatabaseFailed = 2;

    public static async Task<int> RunAsync(string? target, TextWriter error, Func<IEventStore, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var store = await EventStores.OpenAsync(target, cancellationToken);
            return await body(store);
        }
        catch (StoreException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return DatabaseFailed;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled; everything reported stored is stored");
            return 130;
        }
    }
}
