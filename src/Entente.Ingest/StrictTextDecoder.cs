using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Entente.Ingest;

/// <summary>
/// Turns input bytes into text, refusing what is not UTF-8 text. Guessing an encoding would silently corrupt names,
/// and every evidence offset is an index into this text, so it is decoded strictly or not at all.
/// </summary>
internal static class StrictTextDecoder
{
    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Binary files (images, archives, office documents) have NUL bytes early on; text never does.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head) =>
        head[..Math.Min(head.Length, IngestLimits.SniffBytes)].Contains((byte)0);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (LooksBinary(bytes))
        {
            return DecodedText.Failed("binary file (contains NUL bytes)");
        }

        var skipped = bytes.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        bytes = bytes[skipped..];

        string text;
        try
        {
            text = Utf8Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Failed($"not valid UTF-8 (byte offset {skipped + InvalidByteOffset(bytes)})");
        }

        return string.IsNullOrWhiteSpace(text) ? DecodedText.Failed("empty file") : DecodedText.Of(text);
    }

    /// <summary>Where the first invalid UTF-8 sequence starts, so the user can find it with a hex viewer.</summary>
    public static int InvalidByteOffset(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false);
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    return offset + read;
                }

                offset += read;
                if (status == OperationStatus.Done)
                {
                    break;
                }
            }

            return offset;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
