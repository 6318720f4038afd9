using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Web.Api;
using Entente.Web.Dashboard;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.FileProviders;

namespace Entente.Web;

/// <summary>
/// Composes the web app — the REST API under <c>/api</c>, its OpenAPI document, and the server-rendered dashboard —
/// over an open store, so <c>entente serve</c>, the tests and the benchmark all host the same app.
/// </summary>
public static class EntenteWeb
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static WebApplication Build(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var assembly = typeof(EntenteWeb).Assembly;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Razor Pages are found in the application's assembly: this one, whichever executable hosts it.
            ApplicationName = assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = WebOptions.MaxRequestBytes;
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var lexicon = options.Lexicon;
        builder.Services.AddSingleton(options.Store);
        builder.Services.AddSingleton(EventCoding.Create(lexicon));
        builder.Services.AddSingleton(new CoderVersionText(CoderVersion.Of(lexicon)));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CorpusCache>();
        builder.Services.AddSingleton<ShiftFinder>();
        builder.Services.AddSingleton<DashboardQueries>();
        builder.Services.AddSingleton<CodedArticles>();
        builder.Services.ConfigureHttpJsonOptions(json => Configure(json.SerializerOptions));
        builder.Services.AddRazorPages();
        // Analysts' clients ask the same pages and series again and again; a store changes only by ingest. Answers are
        // kept a few seconds (an ingest by this server evicts them at once; one by another process shows within
        // that time), which turns repeated queries into memory reads.
        builder.Services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 64 * 1024 * 1024;
            cache.AddBasePolicy(policy => policy.Expire(OutputCacheLifetime).Tag(OutputCacheTag));
        });
        // The dashboard posts no forms, so its keys protect nothing worth keeping: none are written to disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Entente";
            document.Info.Description = "Coded international events with their evidence: articles, events, dyad series, shifts and coverage.";
            // The served document must not depend on the address it was requested at: it is committed and compared.
            document.Servers?.Clear();
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseMiddleware<ErrorResponses>();
        app.UseSecurityHeaders();
        app.UseOutputCache();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(assembly, assembly.GetName().Name + ".wwwroot"),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        ArticleEndpoints.Map(app);
        EventEndpoints.Map(app);
        RelationEndpoints.Map(app);
        CorpusEndpoints.Map(app);
        if (options.AllowIngest && !string.IsNullOrEmpty(options.IngestToken))
        {
            IngestEndpoints.Map(app, options.IngestToken);
        }

        app.MapOpenApi(OpenApiPath);
        app.MapRazorPages();
        return app;
    }

    /// <summary>The tag every cached answer carries, evicted when this server ingests.</summary>
    public const string OutputCacheTag = "corpus";

    private static readonly TimeSpan OutputCacheLifetime = TimeSpan.FromSeconds(5);

    /// <summary>The API's JSON: snake_case like <c>entente ... --json</c>, enums as their snake_case names.</summary>
    public static void Configure(JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }
}
