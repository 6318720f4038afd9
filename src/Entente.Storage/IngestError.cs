namespace Entente.Storage;

/// <summary>An input item that could not be stored, with the reason, recorded when it happened.</summary>
public sealed record IngestError(long Id, string Item, string Message, DateTimeOffset At);
