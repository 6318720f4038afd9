namespace Entente.Storage.Tests;

/// <summary>
/// The PostgreSQL server the tests use: <c>ENTENTE_TEST_POSTGRES</c> holds a connection string whose user may create
/// databases (.ci/postgres.sh starts one and prints it). Without it the PostgreSQL tests skip, unless
/// <c>ENTENTE_REQUIRE_POSTGRES=1</c> (CI), where they run and fail.
/// </summary>
public static class PostgresServer
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("ENTENTE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable("ENTENTE_REQUIRE_POSTGRES") == "1";

    public static string? SkipReason => ConnectionString is null && !Required
        ? "no PostgreSQL server: set ENTENTE_TEST_POSTGRES (see .ci/postgres.sh)"
        : null;

    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException("ENTENTE_REQUIRE_POSTGRES=1 but ENTENTE_TEST_POSTGRES is not set: start a server with .ci/postgres.sh");
}
