using System.ComponentModel;
using Entente.Storage;
using Entente.Storage.Relations;

namespace Entente.Web.Api;

/// <summary><c>/api/coverage</c> and <c>/api/stats</c>: what an outlet covers, and how big the corpus is.</summary>
public static class CorpusEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/coverage").WithTags("Corpus")
            .MapGet("/{source}", CoverageAsync).WithName("GetCoverage").WithSummary("How many of a source's articles mention each country per period, and the countries it stopped mentioning");
        routes.MapGroup("/api/stats").WithTags("Corpus")
            .MapGet("/", (IEventStore store, CancellationToken cancellationToken) => store.StatsAsync(cancellationToken))
            .WithName("GetStats").WithSummary("Articles, events, mentions and ingest errors stored");
    }

    private static async Task<CoverageView> CoverageAsync(
        IEventStore store,
        string source,
        [Description("week or month (default)")] string? by,
        CancellationToken cancellationToken)
    {
        var series = await store.CoverageAsync(Parameters.Required("source", source), Parameters.Granularity("by", by), cancellationToken);
        return new CoverageView(series, CoverageDrops.Find(series));
    }
}
