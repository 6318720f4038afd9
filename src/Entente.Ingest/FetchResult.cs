using System.Diagnostics.CodeAnalysis;

namespace Entente.Ingest;

/// <summary>The outcome of fetching one URL: the body with what the server said about it, or why there is none.</summary>
/// <param name="FinalUrl">Where the body came from after redirects.</param>
/// <param name="MediaType">The Content-Type's media type (<c>text/html</c>), null when the server sent none.</param>
/// <param name="Charset">The Content-Type's charset parameter, null when the server sent none.</param>
/// <param name="Body">The body as received, after content decoding (gzip, deflate, brotli).</param>
/// <param name="Problem">Why the fetch failed, in a few words.</param>
internal readonly record struct FetchResult(Uri? FinalUrl, string? MediaType, string? Charset, byte[]? Body, string? Problem)
{
    [MemberNotNullWhen(true, nameof(FinalUrl), nameof(Body))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static FetchResult Of(Uri finalUrl, string? mediaType, string? charset, byte[] body) =>
        new(finalUrl, mediaType, charset, body, null);

    public static FetchResult Failed(string problem) => new(null, null, null, null, problem);
}
