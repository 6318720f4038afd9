using Entente.Storage;
using Entente.Storage.Relations;

namespace Entente.Web.Api;

/// <summary>A source's coverage per period and the countries it stopped mentioning.</summary>
public sealed record CoverageView(CoverageSeries Series, IReadOnlyList<CoverageDrop> Drops);
