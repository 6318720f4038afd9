namespace Entente.Storage.Queue;

/// <summary>
/// What one claim took: the articles now held under the worker's lease, and the rows it found had run out of
/// attempts (their workers kept dying on them) and marked failed instead.
/// </summary>
public sealed record QueueClaim(IReadOnlyList<ClaimedArticle> Articles, IReadOnlyList<QueueFailure> GivenUp);
