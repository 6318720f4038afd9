namespace Entente.Storage;

public enum Granularity
{
    Day,

    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,

    Month,
}
