using Entente.Storage;

namespace Entente.Web.Api;

/// <summary>The articles matching a search, best first; each snippet marks the matched words in [brackets].</summary>
public sealed record ArticleHits(string Query, IReadOnlyList<ArticleHit> Articles);
