using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Entente.Storage;

/// <summary>
/// Applies the embedded numbered migrations (<c>Sql/Dialect/NNN_name.sql</c>) a database lacks, all in one
/// transaction under a lock, recording each in <c>schema_migrations</c>. Opening a database that is up to date
/// only reads, so read-only stores open too; a database from a newer Entente is refused rather than misread.
/// </summary>
internal static class SchemaMigrator
{
    private sealed record Migration(int Version, string Name, string Sql);

    public static async Task ApplyAsync(SqlDialect dialect, DbConnection connection, CancellationToken cancellationToken)
    {
        var migrations = MigrationsOf(dialect.MigrationFolder);
        var applied = await AppliedAsync(dialect, connection, null, cancellationToken);
        if (applied.Count == 0 && await HasTableAsync(dialect, connection, "articles", cancellationToken))
        {
            throw dialect.Failure("the database has an 'articles' table but no Entente schema history: it belongs to something else");
        }

        var newest = migrations[^1].Version;
        if (applied.Count > 0 && applied.Max() > newest)
        {
            throw dialect.Failure(string.Create(
                CultureInfo.InvariantCulture,
                $"the database has schema version {applied.Max()}, newer than this Entente knows ({newest}): update Entente"));
        }

        if (migrations.All(m => applied.Contains(m.Version)))
        {
            return;
        }

        if (dialect.IsReadOnly)
        {
            throw dialect.Failure("the database is not at the current schema and is open read-only, so it cannot be migrated");
        }

        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        await dialect.LockAsync(connection, transaction, [LockKeys.Schema], cancellationToken);
        await using (var create = connection.Sql(transaction, dialect.CreateMigrationTable))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        // Another process may have migrated while this one waited for the lock.
        applied = await AppliedAsync(dialect, connection, transaction, cancellationToken);
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            await using (var script = connection.Sql(transaction, migration.Sql))
            {
                await script.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = connection.Sql(transaction, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)")
                .With("@version", migration.Version)
                .With("@name", migration.Name)
                .With("@at", DateTimeOffset.UtcNow);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> HasTableAsync(SqlDialect dialect, DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var exists = connection.Sql(null, dialect.TableCount).With("@table", table);
        return await exists.ScalarLongAsync(cancellationToken) > 0;
    }

    private static async Task<HashSet<int>> AppliedAsync(SqlDialect dialect, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using (var exists = connection.Sql(transaction, dialect.TableCount).With("@table", "schema_migrations"))
        {
            if (await exists.ScalarLongAsync(cancellationToken) == 0)
            {
                return [];
            }
        }

        var versions = new HashSet<int>();
        await using var command = connection.Sql(transaction, "SELECT version FROM schema_migrations");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.Int(0));
        }

        return versions;
    }

    private static List<Migration> MigrationsOf(string folder)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"Sql/{folder}/";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name, Path.GetFileNameWithoutExtension(name[prefix.Length..])))
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static Migration Read(Assembly assembly, string resource, string fileName)
    {
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(int.Parse(fileName[..separator], CultureInfo.InvariantCulture), fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
