namespace Entente.Storage;

public enum SaveOutcome
{
    /// <summary>The article was new.</summary>
    Inserted,

    /// <summary>The article's content or coder version changed: its earlier mentions were replaced.</summary>
    Updated,

    /// <summary>Stored already with the same content and coder version: nothing was written.</summary>
    Unchanged,
}
