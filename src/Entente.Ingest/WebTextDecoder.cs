using System.Text;

namespace Entente.Ingest;

/// <summary>
/// Turns a response body into text. A charset in the Content-Type is the server's statement, not a guess, so it is
/// honoured (strictly: a byte it cannot decode is a problem, not a replacement character); without one, the body is
/// held to the strict UTF-8 rule local files follow.
/// </summary>
internal static class WebTextDecoder
{
    private const int Utf8CodePage = 65001;

    // Legacy single- and double-byte charsets (windows-1252, windows-1251, Shift_JIS, GB2312) still appear on news
    // sites; .NET only knows them once this provider is registered. Registering is process-wide and idempotent.
    static WebTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(byte[] body, string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return StrictTextDecoder.Decode(body);
        }

        var name = charset.Trim().Trim('"', '\'');
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return DecodedText.Failed($"unsupported charset \"{name}\"");
        }

        if (encoding.CodePage == Utf8CodePage)
        {
            return StrictTextDecoder.Decode(body);
        }

        var bytes = body.AsSpan();
        var preamble = encoding.Preamble;
        if (bytes.StartsWith(preamble))
        {
            bytes = bytes[preamble.Length..];
        }

        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Failed($"not valid {encoding.WebName} (the charset the server declared)");
        }

        return string.IsNullOrWhiteSpace(text) ? DecodedText.Failed("empty response") : DecodedText.Of(text);
    }
}
