using System.Data.Common;

namespace Entente.Storage;

/// <summary>
/// What differs between SQLite and PostgreSQL: connecting, how writers are serialised, full-text search, JSON
/// parameters and what a failure means to a user. Everything else is SQL both accept.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>The database as messages name it.</summary>
    public abstract string DatabaseName { get; }

    /// <summary>The folder of embedded migrations under <c>Sql/</c>.</summary>
    public abstract string MigrationFolder { get; }

    public virtual bool IsReadOnly => false;

    /// <summary>Counts the tables named <c>@table</c> where the store's tables live: 0 or 1.</summary>
    public abstract string TableCount { get; }

    public abstract string CreateMigrationTable { get; }

    /// <summary>A subquery selecting <c>articles.seq</c> of the articles matching <c>@search</c>.</summary>
    public abstract string MatchingArticles { get; }

    /// <summary>Articles matching <c>@search</c>, best first, at most <c>@limit</c>: id, title, source, url, published, snippet.</summary>
    public abstract string ArticleSearch { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Sets what the database keeps in its file before the schema is checked, once per store.</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A transaction that writes: on SQLite it holds the write lock from its start, so writers queue rather than fail.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Holds the named locks until the transaction ends, taken in one fixed order so writers cannot deadlock. A
    /// no-op where the write transaction already excludes every other writer.
    /// </summary>
    public abstract Task LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken);

    /// <summary>The value of <c>@search</c> for these words: each must occur, as a word or the start of one.</summary>
    public abstract string SearchArgument(IReadOnlyList<string> words);

    /// <summary>Marks a parameter as carrying JSON text.</summary>
    public abstract void MarkJson(DbParameter parameter);

    /// <summary>Why the database failed, in words a user can act on; the caller prefixes the database name.</summary>
    public abstract string Reason(DbException exception);

    public StoreException Failure(DbException exception) => new($"{DatabaseName}: {Reason(exception)}", exception);

    public StoreException Failure(string reason) => new($"{DatabaseName}: {reason}");

    public abstract ValueTask DisposeAsync();

    /// <summary>The first line of a provider message, so a StoreException stays one line.</summary>
    protected static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? message : message[..end];
    }
}
