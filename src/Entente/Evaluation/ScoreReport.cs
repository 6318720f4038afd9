using System.Globalization;

namespace Entente.Evaluation;

/// <summary>
/// What score.py reports for a gold set and a prediction file. <see cref="Precision"/>, <see cref="Recall"/>,
/// <see cref="F1"/> and <see cref="ExactDateRate"/> are rounded to three decimals as in score.py's JSON (the
/// printed lines show the same three digits).
/// </summary>
public sealed record ScoreReport
{
    public required int Articles { get; init; }

    /// <summary>Every parsed prediction, including those for articles not in the gold set.</summary>
    public required int Predicted { get; init; }

    public required int UnparsableLines { get; init; }

    public required int TruePositives { get; init; }

    public required int FalsePositives { get; init; }

    public required int FalseNegatives { get; init; }

    /// <summary>Predictions matched to <c>required: false</c> gold events: neither right nor wrong.</summary>
    public required int OptionalHits { get; init; }

    public required double Precision { get; init; }

    public required double Recall { get; init; }

    public required double F1 { get; init; }

    /// <summary>Of the true positives whose gold event has a date, the share whose predicted range equals it; null when there are none.</summary>
    public required double? ExactDateRate { get; init; }

    /// <summary>Per-type counts ordered by type name, as <c>--by-type</c> prints them.</summary>
    public required IReadOnlyList<TypeScore> ByType { get; init; }

    /// <summary>Required gold events left unmatched, article by article.</summary>
    public required IReadOnlyList<UnmatchedEvent> Misses { get; init; }

    /// <summary>Predictions matched to no gold event, article by article in descending confidence.</summary>
    public required IReadOnlyList<UnmatchedEvent> UnmatchedPredictions { get; init; }

    /// <summary>The object <c>score.py --json</c> prints, byte for byte.</summary>
    public string ToJson() => PythonJson.Dumps(
    [
        new("articles", Articles),
        new("predicted", Predicted),
        new("unparsable_lines", UnparsableLines),
        new("tp", TruePositives),
        new("fp", FalsePositives),
        new("fn", FalseNegatives),
        new("optional_hits", OptionalHits),
        new("precision", Precision),
        new("recall", Recall),
        new("f1", F1),
        new("exact_date_rate", ExactDateRate),
    ]);

    /// <summary>The lines score.py prints without <c>--json</c>, with its <c>--by-type</c> and <c>--misses</c> sections when asked.</summary>
    public IReadOnlyList<string> ToLines(bool byType = false, bool misses = false)
    {
        var lines = new List<string>();
        if (byType)
        {
            lines.AddRange(ByType.Select(t => string.Create(
                CultureInfo.InvariantCulture,
                $"  {PythonText.PadRight(t.Type, 10)} tp={t.TruePositives,3} fp={t.FalsePositives,3} fn={t.FalseNegatives,3}")));
        }

        if (misses)
        {
            lines.AddRange(Misses.Select(m => "  MISS " + m.Listing));
            lines.AddRange(UnmatchedPredictions.Select(m => "  FP   " + m.Listing));
        }

        var exactDates = ExactDateRate is { } rate ? PythonFloat.Repr(rate) : "None";
        lines.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"articles={Articles} tp={TruePositives} fp={FalsePositives} fn={FalseNegatives} optional_hits={OptionalHits} exact_dates={exactDates}"));
        lines.Add($"precision={PythonFloat.Fixed(Precision, 3)} recall={PythonFloat.Fixed(Recall, 3)} f1={PythonFloat.Fixed(F1, 3)}");
        return lines;
    }
}
