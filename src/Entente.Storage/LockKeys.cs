namespace Entente.Storage;

/// <summary>
/// The names writers lock on PostgreSQL. An article's id, so two savers of one article queue; and each event type
/// an article's mentions touch, because merging reads and writes the events of that type: per type rather than per
/// day, since acts merge across neighbouring days and an event's day can move when mentions leave it.
/// </summary>
internal static class LockKeys
{
    public const string Schema = "schema";

    public static string Article(string id) => "article:" + id;

    public static string EventType(string type) => "event-type:" + type;

    /// <summary>
    /// Every type's key: a batch locks them all after its articles, so whatever events it merges into are its own
    /// and its lock order (articles, then types, each sorted) is the single saver's, which rules out deadlocks.
    /// </summary>
    public static IEnumerable<string> EveryEventType => Annotations.PloverTypes.All.Select(EventType);
}
