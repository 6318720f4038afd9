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
}
