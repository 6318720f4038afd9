using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Web;

/// <summary>
/// What a host gives the web app: the open store it serves (the host owns and disposes it), where to listen, and
/// whether <c>POST /api/ingest</c> exists. Ingest needs both <see cref="AllowIngest"/> and a token, so a server
/// started with the flag but without a secret is still read-only.
/// </summary>
public sealed record WebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The largest request body accepted: an ingest of a few hundred articles, never a whole corpus.</summary>
    public const int MaxRequestBytes = 1024 * 1024;

    public required IEventStore Store { get; init; }

    /// <summary>Semicolon-separated listen URLs; port 0 picks a free one (tests read the bound address back).</summary>
    public string Urls { get; init; } = DefaultUrls;

    public bool AllowIngest { get; init; }

    /// <summary>The bearer token <c>POST /api/ingest</c> requires.</summary>
    public string? IngestToken { get; init; }

    /// <summary>The dictionaries the event pages recode with and ingest codes with.</summary>
    public Lexicon Lexicon { get; init; } = Lexicon.Default;
}
