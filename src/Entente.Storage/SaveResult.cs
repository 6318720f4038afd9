namespace Entente.Storage;

/// <summary>
/// What saving one article did. <see cref="Mentions"/> is how many of its events are stored now; each either
/// created an event (<see cref="EventsCreated"/>) or joined one that other articles report
/// (<see cref="EventsJoined"/>). <see cref="EventsRemoved"/> counts events that lost their last mention when the
/// article's earlier version was replaced.
/// </summary>
public sealed record SaveResult(SaveOutcome Outcome, int Mentions, int EventsCreated, int EventsJoined, int EventsRemoved);
