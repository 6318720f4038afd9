namespace Entente.Storage;

public enum EventOrder
{
    /// <summary>Latest event date first; undated events last.</summary>
    Newest,

    /// <summary>Most reporting articles first, then most sources: the main events of a corpus.</summary>
    MostReported,
}
