namespace Entente.Storage.Relations;

public enum ShiftDirection
{
    /// <summary>The recent events are more cooperative than the dyad's baseline.</summary>
    Warming,

    /// <summary>The recent events are more conflictual than the dyad's baseline.</summary>
    Cooling,
}
