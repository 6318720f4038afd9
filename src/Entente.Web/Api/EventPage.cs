using Entente.Storage;

namespace Entente.Web.Api;

/// <summary>One page of events; <see cref="NextOffset"/> is where the next page starts, null on the last page.</summary>
public sealed record EventPage(int Limit, int Offset, int? NextOffset, IReadOnlyList<StoredEvent> Events);
