namespace Entente.Ingest;

/// <summary>An input item that was not stored, named as the user gave it, with the reason on one line.</summary>
public sealed record IngestItemFailure(string Item, string Reason)
{
    public override string ToString() => $"{Item}: {Reason}";
}
