using System.Buffers;

namespace Entente.Ingest;

/// <summary>
/// Splits a stream into lines of bytes without decoding it, so one badly encoded or oversized line of a JSON Lines
/// file is reported on its own while the lines around it are still read. Memory stays bounded by the line limit.
/// </summary>
internal sealed class ByteLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> line = new();
    private int bufferStart;
    private int bufferEnd;
    private long position;
    private int lineNumber;

    /// <summary>The next line, or null at the end of the stream.</summary>
    public RawLine? Next()
    {
        line.ResetWrittenCount();
        var start = position;
        long length = 0;
        var tooLong = false;
        while (true)
        {
            if (bufferStart == bufferEnd && !Fill())
            {
                return length == 0 && !tooLong && start == position ? null : Finish(start, length, tooLong);
            }

            var available = buffer.AsSpan(bufferStart, bufferEnd - bufferStart);
            var newline = available.IndexOf((byte)'\n');
            var take = newline < 0 ? available.Length : newline;
            if (!tooLong && length + take > maxLineBytes)
            {
                tooLong = true;
                line.ResetWrittenCount();
            }

            if (!tooLong)
            {
                line.Write(available[..take]);
            }

            length += take;
            bufferStart += newline < 0 ? take : take + 1;
            position += newline < 0 ? take : take + 1;
            if (newline >= 0)
            {
                return Finish(start, length, tooLong);
            }
        }
    }

    private RawLine Finish(long start, long length, bool tooLong)
    {
        lineNumber++;
        var bytes = tooLong ? [] : line.WrittenSpan.ToArray();
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return new RawLine(lineNumber, start, bytes, tooLong, length);
    }

    private bool Fill()
    {
        bufferStart = 0;
        bufferEnd = stream.Read(buffer, 0, buffer.Length);
        return bufferEnd > 0;
    }
}
