using Entente.Pipeline;
using Entente.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Entente.Web.Dashboard;

/// <summary>
/// Stored articles as this server's pipeline reads them, for the pages that highlight an article's text. Coding an
/// article costs more than the rest of its page, and the events of one article are opened one after another, so
/// the coded documents are kept by article id and content hash (a changed article is coded again), up to a bound
/// on the text they hold. Coding is pure, and the pages only read a document, so one copy serves every request.
/// </summary>
public sealed class CodedArticles(TextPipeline pipeline) : IDisposable
{
    /// <summary>About a thousand long wire stories; a coded document takes some tens of bytes per character.</summary>
    private const long MaxCharacters = 4 * 1024 * 1024;

    private readonly MemoryCache documents = new(new MemoryCacheOptions { SizeLimit = MaxCharacters });

    public Document Of(StoredArticle stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return documents.GetOrCreate((stored.Article.Id, stored.ContentHash), entry =>
        {
            entry.Size = Math.Max(1, stored.Article.Body.Length);
            return pipeline.Process(stored.Article);
        })!;
    }

    public void Dispose() => documents.Dispose();
}
