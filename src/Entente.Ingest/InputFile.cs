using System.Text;

namespace Entente.Ingest;

/// <summary>File-system side of reading: a first look at a file, its strict decoding, and folder listing.</summary>
internal static class InputFile
{
    /// <summary>Looks at size and the first bytes only, so a huge JSON Lines file can still be streamed.</summary>
    public static OpenedFile Open(string path)
    {
        long length;
        var head = new byte[IngestLimits.SniffBytes];
        int headLength;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            length = stream.Length;
            headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new OpenedFile(InputFormat.PlainText, 0, Describe(exception));
        }

        var bytes = head.AsSpan(0, headLength);
        if (length == 0)
        {
            return new OpenedFile(InputFormat.PlainText, 0, "empty file");
        }

        if (StrictTextDecoder.LooksBinary(bytes))
        {
            return new OpenedFile(InputFormat.PlainText, length, "binary file (contains NUL bytes)");
        }

        var format = InputFormatDetector.FromExtension(path) ?? InputFormatDetector.FromContent(Encoding.UTF8.GetString(bytes));
        return new OpenedFile(format, length, null);
    }

    public static DecodedText ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return DecodedText.Failed(Describe(exception));
        }

        return StrictTextDecoder.Decode(bytes);
    }

    /// <summary>Every file under the folder, sorted by path, without hidden files or anything in hidden folders.</summary>
    public static IReadOnlyList<string> ListFolder(string folder, out string? problem)
    {
        problem = null;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        try
        {
            return
            [
                .. Directory.EnumerateFiles(folder, "*", options)
                    .Where(path => !IsHidden(Path.GetRelativePath(folder, path)))
                    .Order(StringComparer.Ordinal),
            ];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = Describe(exception);
            return [];
        }
    }

    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        _ => $"could not read: {exception.Message}",
    };

    // Dot-files are hidden on Unix whatever their attributes say (.git, .DS_Store, editor swap files).
    private static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(segment => segment.StartsWith('.'));
}
