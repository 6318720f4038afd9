using Npgsql;

namespace Entente.Storage;

/// <summary>
/// Recognises a PostgreSQL target (a <c>postgres://</c> URL or an Npgsql connection string) and turns a URL, which
/// Npgsql does not read, into a connection string: <c>postgres://user:password@host:port/database?sslmode=require</c>.
/// </summary>
internal static class PostgresTarget
{
    public static bool Matches(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || target.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static string ConnectionString(string target)
    {
        if (target.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return target;
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || url.IdnHost.Length == 0)
        {
            throw new StoreException("PostgreSQL: the URL is not valid (expected postgres://user:password@host:port/database)");
        }

        var settings = new NpgsqlConnectionStringBuilder { Host = url.IdnHost, Port = url.Port > 0 ? url.Port : 5432 };
        if (url.UserInfo.Length > 0)
        {
            var separator = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            settings.Username = Uri.UnescapeDataString(separator < 0 ? url.UserInfo : url.UserInfo[..separator]);
            if (separator >= 0)
            {
                settings.Password = Uri.UnescapeDataString(url.UserInfo[(separator + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            settings.Database = database;
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            try
            {
                // libpq spells options with underscores and "verify-full"; Npgsql with spaces and "VerifyFull".
                settings[key == "sslmode" ? "SSL Mode" : key.Replace('_', ' ')] = key == "sslmode" ? value.Replace("-", "", StringComparison.Ordinal) : value;
            }
            catch (ArgumentException exception)
            {
                throw new StoreException($"PostgreSQL: the URL option '{key}' is not one Npgsql knows", exception);
            }
        }

        return settings.ConnectionString;
    }
}
