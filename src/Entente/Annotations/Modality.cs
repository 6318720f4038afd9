namespace Entente.Annotations;

/// <summary>Whether the text reports an act as done, planned, explicitly not done, or only conditional (GUIDELINES.md rule 6).</summary>
public enum Modality
{
    Asserted,
    Future,
    Negated,
    Hypothetical,
}
