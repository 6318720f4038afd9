namespace Entente.Storage;

/// <summary>Events per CAMEO QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
public sealed record QuadClassCounts(int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict)
{
    public static QuadClassCounts None { get; } = new(0, 0, 0, 0);
}
