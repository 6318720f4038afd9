using Entente.Ingest;

namespace Entente.Web.Api;

/// <summary>What an ingest request did: the job's counts, and each item that was not stored with the reason.</summary>
public sealed record IngestResult(IngestProgress Progress, IReadOnlyList<IngestItemFailure> Failures);
