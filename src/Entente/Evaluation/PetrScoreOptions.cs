namespace Entente.Evaluation;

/// <summary>score_petr.py's flags.</summary>
/// <param name="RepeatOk"><c>--repeat-ok</c>: score every copy of the set in the event file, not only copy 0.</param>
/// <param name="DropNullActor"><c>--drop-null-actor</c>: drop predictions whose source or target is exactly <c>---</c>.</param>
/// <param name="AllCategories"><c>--all-categories</c>: score every evaluated record, not only the file's included categories.</param>
public sealed record PetrScoreOptions(bool RepeatOk = false, bool DropNullActor = false, bool AllCategories = false);
