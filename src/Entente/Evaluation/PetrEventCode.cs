namespace Entente.Evaluation;

/// <summary>
/// One PETRARCH-style event: CAMEO code and source and target actor codes (country + sectors, e.g. <c>USAGOV</c>;
/// <c>---</c> where unknown).
/// </summary>
public sealed record PetrEventCode(string Code, string Source, string Target)
{
    /// <summary>score_petr.py's lenient key: CAMEO root (two digits) and the two countries (three characters each).</summary>
    public PetrEventCode Lenient() => new(PythonText.Head(Code, 2), PythonText.Head(Source, 3), PythonText.Head(Target, 3));

    /// <summary>As score_petr.py's <c>--per-record</c> prints it: <c>042/USA/CHN</c>.</summary>
    public override string ToString() => $"{Code}/{Source}/{Target}";
}
