using System.Security.Cryptography;
using System.Text;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace Entente.Web.Api;

/// <summary>
/// <c>POST /api/ingest</c>, mapped only when the host allows ingest: JSON Lines (one article per line) or one plain
/// text article, at most <see cref="WebOptions.MaxRequestBytes"/>, coded by the real coder and stored as
/// <c>entente ingest</c> stores it. A missing bearer token is 401, a wrong one 403.
/// </summary>
public static class IngestEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, string token)
    {
        routes.MapGroup("/api/ingest").WithTags("Ingest")
            .MapPost("/", (HttpContext context, IEventStore store, TextPipeline pipeline, CoderVersionText version, CorpusCache cache, IOutputCacheStore answers) =>
                IngestAsync(context, store, pipeline, version, cache, answers, token))
            .WithName("Ingest")
            .WithSummary("Code and store articles sent as JSON Lines (application/x-ndjson) or plain text; needs Authorization: Bearer TOKEN")
            .Accepts<string>("application/x-ndjson", "text/plain")
            .Produces<IngestResult>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized)
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<IResult> IngestAsync(
        HttpContext context, IEventStore store, TextPipeline pipeline, CoderVersionText version, CorpusCache cache, IOutputCacheStore answers, string token)
    {
        var request = context.Request;
        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Json(new ApiError("ingest needs an Authorization: Bearer header"), statusCode: StatusCodes.Status401Unauthorized);
        }

        var given = Encoding.UTF8.GetBytes(request.Headers.Authorization.ToString()["Bearer ".Length..].Trim());
        if (!CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(token)))
        {
            return TypedResults.Json(new ApiError("the bearer token is not the one this server accepts"), statusCode: StatusCodes.Status403Forbidden);
        }

        if (await ReadBodyAsync(request, context.RequestAborted) is not { } text)
        {
            return TypedResults.Json(new ApiError($"the body exceeds {WebOptions.MaxRequestBytes} bytes"), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var format = request.ContentType?.Split(';')[0].Trim().ToUpperInvariant() switch
        {
            "APPLICATION/X-NDJSON" or "APPLICATION/JSONL" or "APPLICATION/JSON-LINES" => InputFormat.JsonLines,
            "TEXT/PLAIN" => InputFormat.PlainText,
            _ => (InputFormat?)null,
        };
        var id = Parameters.Optional("id", request.Query["id"]) ?? "upload-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        var items = ArticleSource.ReadText("request body", id, format, text);
        var job = new IngestJob(store, pipeline, version.Value);
        var failures = new List<IngestItemFailure>();
        job.Failed += failures.Add;
        var progress = await job.RunAsync(items, cancellationToken: context.RequestAborted);
        cache.Clear();
        await answers.EvictByTagAsync(EntenteWeb.OutputCacheTag, context.RequestAborted);
        return TypedResults.Ok(new IngestResult(progress, failures));
    }

    /// <summary>The body as text, or null when it is larger than the limit (checked while reading, whatever Content-Length claims).</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > WebOptions.MaxRequestBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > WebOptions.MaxRequestBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
