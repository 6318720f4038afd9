namespace Entente.Ingest;

/// <summary>
/// One line of a byte stream, without its line break. <see cref="TooLong"/> lines are cut off and their
/// <see cref="Bytes"/> are empty; <see cref="Offset"/> is where the line starts in the stream.
/// </summary>
internal sealed record RawLine(int Number, long Offset, byte[] Bytes, bool TooLong, long Length);
