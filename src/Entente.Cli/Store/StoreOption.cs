using System.CommandLine;
using Entente.Storage;

namespace Entente.Cli.Store;

/// <summary>
/// <c>--db</c>: the store a command reads or writes — a SQLite file (default <c>./entente.db</c>) or a PostgreSQL
/// URL or connection string; <c>ENTENTE_DB</c> gives the default when the option is absent.
/// </summary>
public static class StoreOption
{
    public const string EnvironmentVariable = "ENTENTE_DB";

    public static Option<string?> Create(string? fallback = null) => new("--db")
    {
        Description = $"A SQLite file or a PostgreSQL URL/connection string (default: ${EnvironmentVariable}, else ./{fallback ?? EventStores.DefaultPath})",
        HelpName = "DB",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : fallback ?? EventStores.DefaultPath,
    };
}
