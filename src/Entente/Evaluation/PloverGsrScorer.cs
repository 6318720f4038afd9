using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// Scores predicted events (FORMAT.md, <c>article_id</c> = record id) against the PLOVER gold standard, one sentence
/// at a time. A sentence's type is right when any of its events has the gold type. The event that stands for the
/// sentence is one of the gold type when there is one, else any; among those, the one whose countries agree most with
/// the gold dyad, then the most confident. Its actor country is right when it shares a country with the gold sources,
/// its target country when its recipients share one with the gold targets; for CONSULT, SUPPORT and AGREE the two
/// sides may be swapped, as in score.py.
/// </summary>
public static class PloverGsrScorer
{
    public static PloverGsrReport Score(IReadOnlyList<PloverGsrRecord> records, IEnumerable<JsonElement> predictedEvents)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(predictedEvents);
        var eventsByRecord = predictedEvents
            .Where(e => e.ValueKind == JsonValueKind.Object)
            .Select(PythonValue.FromJson)
            .GroupBy(e => e.GetOrNone("article_id").Str(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var results = records.Select(r => ScoreSentence(r, eventsByRecord.GetValueOrDefault(r.Id) ?? [])).ToList();
        return new PloverGsrReport
        {
            Sentences = results.Count,
            SentencesWithEvents = results.Count(r => r.EventCount > 0),
            TypeCorrect = results.Count(r => r.TypeCorrect),
            TopTypeCorrect = results.Count(r => r.TopTypeCorrect),
            ActorScored = results.Count(r => r.ActorCorrect is not null),
            ActorCorrect = results.Count(r => r.ActorCorrect == true),
            TargetScored = results.Count(r => r.TargetCorrect is not null),
            TargetCorrect = results.Count(r => r.TargetCorrect == true),
            ModeScored = results.Count(r => r.ModeCorrect is not null),
            ModeCorrect = results.Count(r => r.ModeCorrect == true),
            PerSentence = results,
        };
    }

    private static PloverSentenceResult ScoreSentence(PloverGsrRecord record, List<PythonValue> events)
    {
        var sources = record.SourceCountries;
        var targets = record.TargetCountries;
        var byConfidence = events.OrderByDescending(Confidence).ToList();
        var ofGoldType = byConfidence.Where(e => IsType(e, record.EventType)).ToList();
        var chosen = (ofGoldType.Count > 0 ? ofGoldType : byConfidence)
            .Select((e, rank) => (Event: e, Rank: rank, Dyad: DyadVerdict(e, record)))
            .OrderByDescending(c => (c.Dyad.Actor ? 1 : 0) + (c.Dyad.Target ? 1 : 0))
            .ThenBy(c => c.Rank)
            .Select(c => c.Event)
            .FirstOrDefault();
        var dyad = chosen is null ? (Actor: false, Target: false) : DyadVerdict(chosen, record);
        var predictedMode = chosen?.GetOrNone("mode") is { IsTruthy: true } mode ? mode.Str() : null;
        return new PloverSentenceResult(
            record.Id,
            record.EventType,
            chosen?.GetOrNone("type") is { IsNone: false } type ? type.Str() : null,
            events.Count,
            ofGoldType.Count > 0,
            byConfidence.Count > 0 && IsType(byConfidence[0], record.EventType),
            sources.Count > 0 ? dyad.Actor : null,
            targets.Count > 0 ? dyad.Target : null,
            record.Mode is null ? null : string.Equals(predictedMode, record.Mode, StringComparison.Ordinal),
            [.. sources.Order(PythonText.CodePointOrder)],
            [.. targets.Order(PythonText.CodePointOrder)],
            chosen is null ? [] : [.. EventMatching.Countries(chosen.GetOrNone("actors")).Order(PythonText.CodePointOrder)],
            chosen is null ? [] : [.. EventMatching.Countries(chosen.GetOrNone("recipients")).Order(PythonText.CodePointOrder)]);
    }

    // Whether the event's actors meet the gold sources and its recipients the gold targets; for symmetric acts the
    // reading (as written or swapped) that agrees more.
    private static (bool Actor, bool Target) DyadVerdict(PythonValue e, PloverGsrRecord record)
    {
        var actors = EventMatching.Countries(e.GetOrNone("actors"));
        var recipients = EventMatching.Countries(e.GetOrNone("recipients"));
        var asWritten = (Actor: actors.Overlaps(record.SourceCountries), Target: recipients.Overlaps(record.TargetCountries));
        if (!EventMatching.SymmetricTypes.Contains(record.EventType))
        {
            return asWritten;
        }

        var swapped = (Actor: recipients.Overlaps(record.SourceCountries), Target: actors.Overlaps(record.TargetCountries));
        static int Agreement((bool Actor, bool Target) d) => (d.Actor ? 1 : 0) + (d.Target ? 1 : 0);
        return Agreement(swapped) > Agreement(asWritten) ? swapped : asWritten;
    }

    private static bool IsType(PythonValue e, string type) =>
        e.GetOrNone("type") is { Kind: PythonKind.Str } t && string.Equals(t.StrValue, type, StringComparison.Ordinal);

    private static double Confidence(PythonValue e) =>
        e.GetOrNone("confidence") is { IsNumber: true } confidence ? confidence.ToDouble() : 0;
}
