using Entente.Pipeline;

namespace Entente.Storage;

/// <summary>
/// Where coded articles and their events live: saving is idempotent and one transaction per article, mentions of
/// one act in different articles merge into one event, and the queries answer what analysts ask of a corpus.
/// Every failure of the database itself surfaces as a <see cref="StoreException"/>.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>The database, as messages name it: a file path or a PostgreSQL host and database.</summary>
    string Name { get; }

    /// <summary>
    /// Stores an article and its events unless it is stored already with the same content and coder version.
    /// A changed article, or one coded by another version, replaces its earlier mentions.
    /// </summary>
    Task<SaveResult> SaveAsync(Document document, string coderVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores several articles in one transaction, each as <see cref="SaveAsync"/> would: a batch commits whole or not
    /// at all, so a writer that reports progress after it returns never reports an article that is not stored.
    /// Batching spreads a commit's cost over many articles.
    /// </summary>
    Task<IReadOnlyList<SaveResult>> SaveAllAsync(IReadOnlyList<Document> documents, string coderVersion, CancellationToken cancellationToken = default);

    /// <summary>Records an input item that could not be read or coded, so a batch can go on and report it later.</summary>
    Task RecordErrorAsync(string item, string message, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IngestError>> ErrorsAsync(CancellationToken cancellationToken = default);

    /// <summary>Ids of the articles coded by any version other than <paramref name="currentVersion"/>, to recode.</summary>
    Task<IReadOnlyList<string>> CodedWithOlderVersionAsync(string currentVersion, CancellationToken cancellationToken = default);

    /// <summary>A stored article as it was read, ready to be coded again; null when no article has that id.</summary>
    Task<StoredArticle?> ArticleAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredEvent>> EventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    Task<StoredEvent?> EventAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Events between two countries per period. Directed: <paramref name="a"/> acts on <paramref name="b"/>;
    /// undirected: either way round, each event counted once. Periods without events are included as zeros.
    /// </summary>
    Task<DyadSeries> DyadSeriesAsync(
        string a,
        string b,
        bool directed,
        Granularity granularity,
        DateOnly? from = null,
        DateOnly? to = null,
        CancellationToken cancellationToken = default);

    /// <summary>The directed country pairs with the most events dated between the bounds, busiest first.</summary>
    Task<IReadOnlyList<DyadCount>> DyadsAsync(DateOnly? from = null, DateOnly? to = null, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per period, how many articles of a source mention each country: the articles it published, and those that
    /// name it as a news organisation ("KCNA said"), each counted once.
    /// </summary>
    Task<CoverageSeries> CoverageAsync(string source, Granularity granularity, CancellationToken cancellationToken = default);

    /// <summary>Articles whose title or text contain every word of <paramref name="search"/> (as a word prefix), best first.</summary>
    Task<IReadOnlyList<ArticleHit>> ArticlesAsync(string search, int limit = 20, CancellationToken cancellationToken = default);

    Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default);
}
