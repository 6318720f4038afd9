using System.Data.Common;
using System.Globalization;

namespace Entente.Storage;

/// <summary>
/// Parameterised commands and typed reads that behave alike on both providers: SQLite hands back 64-bit integers
/// and text dates where PostgreSQL has int4 and date, so numbers are converted rather than cast.
/// </summary>
internal static class DbCommands
{
    public static DbCommand Sql(this DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static DbCommand WithJson(this DbCommand command, SqlDialect dialect, string name, string json)
    {
        command.With(name, json);
        dialect.MarkJson(command.Parameters[^1]);
        return command;
    }

    /// <summary>Adds <c>@prefix0, @prefix1, ...</c> for the values and returns the list to put inside <c>IN (...)</c>.</summary>
    public static string WithList<T>(this DbCommand command, string prefix, IEnumerable<T> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"@{prefix}{names.Count}");
            command.With(name, value);
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    public static async Task<long> ScalarLongAsync(this DbCommand command, CancellationToken cancellationToken) =>
        Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

    public static string? TextOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateOnly? DayOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    public static int Int(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static int? IntOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Int(ordinal);

    public static long Long(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static double Real(this DbDataReader reader, int ordinal) => Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
