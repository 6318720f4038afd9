using Entente.Pipeline;

namespace Entente.Storage.Queue;

/// <summary>A claimed queue row and the document its article coded to, ready to be stored and marked done.</summary>
public sealed record CodedArticle(long QueueId, Document Document);
