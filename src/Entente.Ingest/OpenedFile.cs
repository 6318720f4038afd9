namespace Entente.Ingest;

/// <summary>What a first look at a file found: its size and format, or why it cannot be read.</summary>
internal sealed record OpenedFile(InputFormat Format, long Length, string? Problem);
