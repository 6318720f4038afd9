using System.Text.Encodings.Web;
using Entente.Storage;
using Entente.Web.Api;

namespace Entente.Web;

/// <summary>
/// Turns a bad parameter into 400 and a failing database into 503, each with one line that names the problem: JSON
/// <c>{"error": ...}</c> under <c>/api</c>, a small page elsewhere. Anything else is a bug: logged, and 500 without details.
/// </summary>
public sealed partial class ErrorResponses(RequestDelegate next, ILogger<ErrorResponses> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (BadParameterException exception) when (!context.Response.HasStarted)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, exception.Message);
        }
        catch (StoreException exception) when (!context.Response.HasStarted)
        {
            StoreFailed(logger, exception.Message);
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, exception.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            RequestFailed(logger, exception, context.Request.Path.Value);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, "internal error");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "store failed: {Message}")]
    private static partial void StoreFailed(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "request {Path} failed")]
    private static partial void RequestFailed(ILogger logger, Exception exception, string? path);

    private static Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return context.Response.WriteAsJsonAsync(new ApiError(message), context.RequestAborted);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var text = HtmlEncoder.Default.Encode(message);
        return context.Response.WriteAsync(
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Entente: {status}</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>"
            + $"<body><main><h1>{status}</h1><p class=\"error\">{text}</p><p><a href=\"/\">Overview</a></p></main></body></html>",
            context.RequestAborted);
    }
}
