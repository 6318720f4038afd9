using System.Globalization;

namespace Entente.Evaluation;

/// <summary>What score_petr.py reports: event counts, exact and lenient scores, and the no-event and per-record tallies.</summary>
public sealed record PetrReport
{
    public required int Records { get; init; }

    public required int GoldEvents { get; init; }

    public required int PredictedEvents { get; init; }

    /// <summary>CAMEO code, source code and target code all equal.</summary>
    public required PetrMatchScore Exact { get; init; }

    /// <summary>CAMEO root, source country and target country equal: the score usually quoted for PETRARCH-2.</summary>
    public required PetrMatchScore Lenient { get; init; }

    /// <summary>Scored records coded as having no event.</summary>
    public required int NoEventRecords { get; init; }

    public required int NoEventRecordsLeftEmpty { get; init; }

    public required int EventRecords { get; init; }

    /// <summary>Records with gold events whose predictions are exactly the gold events, no more.</summary>
    public required int EventRecordsFullyExact { get; init; }

    public required int CopiesScored { get; init; }

    /// <summary>Up to ten record ids that predictions name but the gold file does not have.</summary>
    public required IReadOnlyList<string> EventsForUnknownIds { get; init; }

    /// <summary>Records in the file but not scored (not evaluated, or outside the included categories) that got predictions.</summary>
    public required int RecordsNotScoredWithEvents { get; init; }

    public required IReadOnlyList<PetrRecordResult> PerRecord { get; init; }

    /// <summary>The object <c>score_petr.py --json</c> prints (<c>indent=1</c>), byte for byte.</summary>
    public string ToJson()
    {
        static List<KeyValuePair<string, object?>> Score(PetrMatchScore score) =>
        [
            new("tp", score.TruePositives),
            new("precision", score.Precision),
            new("recall", score.Recall),
            new("f1", score.F1),
        ];

        var result = new List<KeyValuePair<string, object?>>
        {
            new("records", Records),
            new("gold_events", GoldEvents),
            new("pred_events", PredictedEvents),
            new("exact", Score(Exact)),
            new("lenient", Score(Lenient)),
            new("noevent_records", NoEventRecords),
            new("noevent_records_left_empty", NoEventRecordsLeftEmpty),
            new("event_records_fully_exact", FullyExactText),
            new("copies_scored", CopiesScored),
        };
        if (EventsForUnknownIds.Count > 0)
        {
            result.Add(new("events_for_unknown_ids", EventsForUnknownIds));
        }

        result.Add(new("records_not_scored_with_events", RecordsNotScoredWithEvents));
        return PythonJson.Dumps(result, indent: 1);
    }

    /// <summary>The lines score_petr.py prints without <c>--json</c> (with <paramref name="perRecord"/>, its <c>--per-record</c> lines too).</summary>
    public IReadOnlyList<string> ToLines(bool perRecord = false)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"records {Records}  gold events {GoldEvents}  predicted events {PredictedEvents}  (copies scored: {CopiesScored})"),
            ScoreLine("exact", Exact),
            ScoreLine("lenient", Lenient),
            string.Create(CultureInfo.InvariantCulture, $"no-event records left empty: {NoEventRecordsLeftEmpty}/{NoEventRecords};  event records coded exactly (all and only gold): {FullyExactText}"),
        };
        if (EventsForUnknownIds.Count > 0)
        {
            lines.Add("WARNING: events for ids not in gold: [" + string.Join(", ", EventsForUnknownIds.Select(PythonText.Repr)) + "]");
        }

        if (perRecord)
        {
            lines.AddRange(PerRecordLines());
        }

        return lines;
    }

    /// <summary>score_petr.py's <c>--per-record</c> lines: <c>OK </c> where the record's events are exactly the gold ones.</summary>
    public IEnumerable<string> PerRecordLines() => PerRecord.Select(x =>
    {
        var mark = x.ExactMatches == x.Gold.Count && x.Gold.Count == x.Predicted.Count ? "OK " : "   ";
        var gold = x.Gold.Count > 0 ? string.Join(" ", x.Gold) : "-";
        var predicted = x.Predicted.Count > 0 ? string.Join(" ", x.Predicted) : "-";
        return $"{mark}{PythonText.PadRight(x.Id, 24)} {PythonText.PadRight(x.Category, 8)} gold={gold} pred={predicted}";
    });

    private string FullyExactText => string.Create(CultureInfo.InvariantCulture, $"{EventRecordsFullyExact}/{EventRecords}");

    private static string ScoreLine(string kind, PetrMatchScore score) => string.Create(
        CultureInfo.InvariantCulture,
        $"{PythonText.PadRight(kind, 8)} TP {score.TruePositives,4}  P {PythonFloat.Fixed(score.Precision, 3)}  R {PythonFloat.Fixed(score.Recall, 3)}  F1 {PythonFloat.Fixed(score.F1, 3)}");
}
