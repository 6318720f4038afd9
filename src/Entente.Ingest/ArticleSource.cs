namespace Entente.Ingest;

/// <summary>
/// The one entry point for reading articles: a file, a folder (recursive, in path order, hidden entries skipped),
/// <c>-</c> for standard input, or an http(s) URL (a page, a feed whose items are read from the pages they link to,
/// or JSON Lines). Each input is read by the reader its format needs; every failure comes back as a
/// <see cref="ReadProblem"/> in the stream, never as an exception, so a batch always reaches its end.
/// </summary>
public sealed class ArticleSource
{
    /// <summary>The input name that means standard input.</summary>
    public const string StandardInput = "-";

    private readonly Func<Stream> openStandardInput;
    private readonly WebSource web;

    public ArticleSource()
        : this(Console.OpenStandardInput)
    {
    }

    /// <param name="openStandardInput">Where <c>-</c> reads from (tests and hosts pass their own stream).</param>
    /// <param name="httpHandler">
    /// What sends the requests for URL inputs; null for a shared default that follows redirects and decompresses. The
    /// caller keeps ownership of its handler.
    /// </param>
    /// <param name="fetchTimeout">How long one fetch may take, body included; null for 30 s.</param>
    public ArticleSource(Func<Stream> openStandardInput, HttpMessageHandler? httpHandler = null, TimeSpan? fetchTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(openStandardInput);
        this.openStandardInput = openStandardInput;
        web = new WebSource(new WebFetcher(httpHandler, fetchTimeout ?? WebFetcher.DefaultTimeout));
    }

    /// <param name="input">A file path, a folder path, <c>-</c> for standard input, or an http or https URL.</param>
    public IEnumerable<ReadItem> Read(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input == StandardInput)
        {
            return ReadStandardInput();
        }

        if (WebSource.IsWebAddress(input))
        {
            return web.Read(input);
        }

        if (Directory.Exists(input))
        {
            return ReadFolder(input);
        }

        if (File.Exists(input))
        {
            return ReadFile(input);
        }

        return [ReadItem.FromProblem(input, "no such file or folder")];
    }

    /// <summary>Reads several inputs one after the other.</summary>
    public IEnumerable<ReadItem> Read(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.SelectMany(Read);
    }

    /// <summary>Reads one file; the format comes from the extension, or from the content when the extension does not say.</summary>
    public static IEnumerable<ReadItem> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var opened = InputFile.Open(path);
        if (opened.Problem is not null)
        {
            return [ReadItem.FromProblem(path, opened.Problem)];
        }

        if (opened.Format == InputFormat.JsonLines)
        {
            return ReadJsonLinesFile(path);
        }

        if (opened.Length > IngestLimits.MaxArticleBytes)
        {
            return [ReadItem.FromProblem(path, $"file is {IngestLimits.Megabytes(opened.Length)}; single articles over 20 MB are not read")];
        }

        var decoded = InputFile.ReadText(path);
        return decoded.Problem is not null
            ? [ReadItem.FromProblem(path, decoded.Problem)]
            : ReadText(path, Path.GetFileNameWithoutExtension(path), opened.Format, decoded.Text!, path);
    }

    /// <summary>
    /// Reads text already in memory (a pasted article, an upload).
    /// </summary>
    /// <param name="inputName">How problems name the input.</param>
    /// <param name="id">The article id for formats that carry none (plain text, HTML).</param>
    /// <param name="format">The format, or null to sniff it from the text.</param>
    /// <param name="text">The text.</param>
    /// <param name="location">The path or URL it came from, if any.</param>
    public static IEnumerable<ReadItem> ReadText(string inputName, string id, InputFormat? format, string text, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(inputName);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [ReadItem.FromProblem(inputName, "empty file")];
        }

        return (format ?? InputFormatDetector.FromContent(text)) switch
        {
            InputFormat.JsonLines => JsonLinesReader.Read(inputName, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))),
            InputFormat.Html => [HtmlPageReader.Read(inputName, id, text, location)],
            InputFormat.Feed => FeedReader.Read(inputName, text),
            _ => [ReadItem.FromArticle(PlainTextReader.Read(id, text, location))],
        };
    }

    private IEnumerable<ReadItem> ReadStandardInput()
    {
        const string name = "stdin";
        byte[] bytes;
        try
        {
            using var stream = openStandardInput();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            bytes = memory.ToArray();
        }
        catch (IOException exception)
        {
            return [ReadItem.FromProblem(name, $"could not read: {exception.Message}")];
        }

        if (StrictTextDecoder.LooksBinary(bytes))
        {
            return [ReadItem.FromProblem(name, "binary file (contains NUL bytes)")];
        }

        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, IngestLimits.SniffBytes));
        var format = InputFormatDetector.FromContent(head);
        if (format == InputFormat.JsonLines)
        {
            return JsonLinesReader.Read(name, new MemoryStream(bytes, writable: false));
        }

        if (bytes.Length > IngestLimits.MaxArticleBytes)
        {
            return [ReadItem.FromProblem(name, $"input is {IngestLimits.Megabytes(bytes.Length)}; single articles over 20 MB are not read")];
        }

        var decoded = StrictTextDecoder.Decode(bytes);
        return decoded.Problem is not null
            ? [ReadItem.FromProblem(name, decoded.Problem)]
            : ReadText(name, name, format, decoded.Text!);
    }

    private static IEnumerable<ReadItem> ReadFolder(string folder)
    {
        var files = InputFile.ListFolder(folder, out var problem);
        if (problem is not null)
        {
            return [ReadItem.FromProblem(folder, problem)];
        }

        return files.SelectMany(ReadFile);
    }

    private static IEnumerable<ReadItem> ReadJsonLinesFile(string path)
    {
        Stream? stream = null;
        string? problem = null;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = InputFile.Describe(exception);
        }

        if (stream is null)
        {
            yield return ReadItem.FromProblem(path, problem ?? "could not read");
            yield break;
        }

        using (stream)
        {
            foreach (var item in JsonLinesReader.Read(path, stream))
            {
                yield return item;
            }
        }
    }
}
