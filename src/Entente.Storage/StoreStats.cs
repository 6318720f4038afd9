namespace Entente.Storage;

public sealed record StoreStats(long Articles, long Events, long Mentions, long Errors);
