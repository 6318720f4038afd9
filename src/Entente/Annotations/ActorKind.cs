namespace Entente.Annotations;

/// <summary>How an actor was named: which kind of dictionary entry matched.</summary>
public enum ActorKind
{
    /// <summary>A country by name ("North Korea", "the DPRK").</summary>
    Country,

    /// <summary>An adjective or demonym ("North Korean", "Mongolians").</summary>
    Adjective,

    /// <summary>A capital standing for its government ("Pyongyang said").</summary>
    Capital,

    /// <summary>An organisation: international ("the UN") or national ("KCNA").</summary>
    Organization,

    /// <summary>A role or institution ("foreign minister", "the army"), with the country that qualifies it if any.</summary>
    Role,
}
