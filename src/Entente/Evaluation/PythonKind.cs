namespace Entente.Evaluation;

/// <summary>The Python types <c>json.loads</c> produces; the reference scorers work on these, so the port does too.</summary>
internal enum PythonKind
{
    None,
    Bool,
    Int,
    Float,
    Str,
    List,
    Dict,
}
