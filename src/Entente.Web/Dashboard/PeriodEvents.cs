using Entente.Storage;

namespace Entente.Web.Dashboard;

/// <summary>The events under one point of a dyad's series.</summary>
public sealed record PeriodEvents(string A, string B, DateOnly PeriodStart, IReadOnlyList<StoredEvent> Events);
