using System.Collections.Frozen;

namespace Entente.Annotations;

/// <summary>The sixteen PLOVER event types, the coder's native ontology.</summary>
public static class PloverTypes
{
    public static FrozenSet<string> All { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
}
