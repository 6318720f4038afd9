using System.Globalization;
using System.Net;

namespace Entente.Ingest;

/// <summary>
/// Fetches one URL for the readers: redirects followed, compressed bodies decompressed, at most
/// <see cref="IngestLimits.MaxArticleBytes"/> read, and every failure turned into a one-line reason instead of an
/// exception, so a bad URL is one problem in a batch.
/// </summary>
internal sealed class WebFetcher
{
    /// <summary>How long one fetch may take, from sending the request to the last byte of the body.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private const string UserAgent = "Entente/1.0 (+news event coder)";

    // The formats the readers understand, preferred in that order; anything else is still accepted and judged by its
    // Content-Type, so a server that ignores Accept does not fail the fetch.
    private const string Accept =
        "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, "
        + "text/xml;q=0.9, application/x-ndjson;q=0.9, text/plain;q=0.8, */*;q=0.1";

    // One client for the whole process, so connections are pooled across fetches and sockets are not exhausted; the
    // pooled connections are renewed now and then so a changed DNS record is seen.
    private static readonly HttpClient SharedClient = new(
        new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly HttpClient client;
    private readonly TimeSpan timeout;

    /// <param name="handler">
    /// What sends the requests; null for the shared default. The caller keeps ownership of its handler and decides its
    /// redirect and decompression settings.
    /// </param>
    /// <param name="timeout">How long one fetch may take, body included.</param>
    public WebFetcher(HttpMessageHandler? handler, TimeSpan timeout)
    {
        // HttpClient.Timeout stops at the response headers when the body is streamed; the deadline has to cover the
        // body too (a server can trickle it), so it is a cancellation token per fetch instead.
        client = handler is null ? SharedClient : new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        this.timeout = timeout;
    }

    /// <param name="url">An absolute http or https URL.</param>
    /// <param name="cancellationToken">Ends the fetch early (a reader that stopped wanting its result).</param>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", Accept);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }

            if (response.Content.Headers.ContentLength is > IngestLimits.MaxArticleBytes and var length)
            {
                return FetchResult.Failed($"response is {IngestLimits.Megabytes(length)}; responses over 20 MB are not read");
            }

            var body = await ReadAtMostAsync(response.Content, IngestLimits.MaxArticleBytes, deadline.Token).ConfigureAwait(false);
            if (body is null)
            {
                return FetchResult.Failed("response is over 20 MB; responses over 20 MB are not read");
            }

            var contentType = response.Content.Headers.ContentType;
            return FetchResult.Of(response.RequestMessage?.RequestUri ?? url, contentType?.MediaType, contentType?.CharSet, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"timed out after {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
        }
        catch (OperationCanceledException)
        {
            return FetchResult.Failed("cancelled");
        }
        catch (HttpRequestException exception)
        {
            return FetchResult.Failed(Describe(exception));
        }
        catch (IOException exception)
        {
            return FetchResult.Failed($"connection lost while reading: {exception.Message}");
        }
        catch (InvalidOperationException exception)
        {
            // HttpClient's answer to a URL it cannot request at all (say, a redirect to another scheme).
            return FetchResult.Failed($"could not fetch: {exception.Message}");
        }
    }

    // Reads the body up to the limit and no further: a server that sends more (or lies about its length, or sends a
    // compression bomb) costs at most the limit in memory. Null when the body is larger than the limit.
    private static async Task<byte[]?> ReadAtMostAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }

            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }

    private static string Describe(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => $"DNS lookup failed: {exception.Message}",
        HttpRequestError.ConnectionError => $"could not connect: {exception.Message}",
        HttpRequestError.SecureConnectionError => $"TLS connection failed: {exception.Message}",
        _ => $"request failed: {exception.Message}",
    };
}
