using System.Globalization;

namespace Entente.Ingest;

/// <summary>Size limits that keep one oversized input from exhausting memory in a batch.</summary>
public static class IngestLimits
{
    /// <summary>Largest single article (a file, or one line of a JSON Lines file) that is read.</summary>
    public const int MaxArticleBytes = 20 * 1024 * 1024;

    /// <summary>How much of a file is looked at to tell binary from text and to sniff the format.</summary>
    public const int SniffBytes = 8 * 1024;

    internal static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
