using System.Globalization;
using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// The PETR2 gold-standard score as events2petrtsv.py piped into score_petr.py computes it: events become
/// (CAMEO code, source code, target code) rows, and each scored record's rows are matched one-to-one (multiset
/// intersection) with its gold codings, exactly and leniently (CAMEO root + source country + target country).
/// Predictions whose code starts with <c>---</c> never count. Scored records: <c>evaluate="true"</c> and, unless
/// <see cref="PetrScoreOptions.AllCategories"/>, only the categories of the file's <c>&lt;Include&gt;</c> list.
/// </summary>
public static class PetrLenientScorer
{
    private const string Unknown = "---";

    /// <param name="records">All records of the validation file (<see cref="PetrValidationFile.ReadRecords"/>).</param>
    /// <param name="include">The file's included categories (<see cref="PetrValidationFile.ReadInclude"/>); null or empty scores every category.</param>
    /// <param name="events">Predicted events per FORMAT.md; <c>article_id</c> is the record id.</param>
    public static PetrReport Score(IReadOnlyList<PetrRecord> records, IReadOnlyList<string>? include, IEnumerable<JsonElement> events, PetrScoreOptions? options = null) =>
        ScoreTsv(records, include, PetrEventRows.ToTsv(events), options);

    /// <summary>Scores an event TSV as score_petr.py reads it: the generic 4-column rows, or UD-PETRARCH's event file.</summary>
    /// <exception cref="InvalidDataException">An id's <c>#r</c> copy number is not a number.</exception>
    public static PetrReport ScoreTsv(IReadOnlyList<PetrRecord> records, IReadOnlyList<string>? include, string tsv, PetrScoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(tsv);
        options ??= new PetrScoreOptions();
        var allIds = records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var scored = records.Where(r => r.Evaluate).ToList();
        if (include is { Count: > 0 } && !options.AllCategories)
        {
            scored = [.. scored.Where(r => include.Contains(r.Category, StringComparer.Ordinal))];
        }

        var scoredIds = scored.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var predicted = ReadEvents(tsv, allIds);
        List<int> copies = options.RepeatOk && predicted.Count > 0 ? [.. predicted.Keys.Select(k => k.Copy).Distinct().Order()] : [0];
        var unknown = predicted.Keys.Select(k => k.Id).Where(id => !allIds.Contains(id)).Distinct(StringComparer.Ordinal).Order(PythonText.CodePointOrder).ToList();
        var skipped = predicted.Keys.Select(k => k.Id).Where(id => allIds.Contains(id) && !scoredIds.Contains(id)).Distinct(StringComparer.Ordinal).Count();

        int goldCount = 0, predictedCount = 0, exactCount = 0, lenientCount = 0, recordCount = 0;
        int noEventRecords = 0, noEventRecordsEmpty = 0, eventRecords = 0, eventRecordsExact = 0;
        var perRecord = new List<PetrRecordResult>();
        foreach (var copy in copies)
        {
            foreach (var record in scored)
            {
                var gold = record.Gold.ToList();
                var rows = (predicted.GetValueOrDefault((record.Id, copy)) ?? [])
                    .Where(e => !e.Code.StartsWith(Unknown, StringComparison.Ordinal))
                    .Where(e => !options.DropNullActor || (e.Source != Unknown && e.Target != Unknown))
                    .ToList();
                var exact = MultisetOverlap(rows, gold);
                var lenient = MultisetOverlap(rows.Select(e => e.Lenient()), gold.Select(e => e.Lenient()));
                goldCount += gold.Count;
                predictedCount += rows.Count;
                exactCount += exact;
                lenientCount += lenient;
                recordCount++;
                if (record.NoEvents && gold.Count == 0)
                {
                    noEventRecords++;
                    noEventRecordsEmpty += rows.Count == 0 ? 1 : 0;
                }

                if (gold.Count > 0)
                {
                    eventRecords++;
                    eventRecordsExact += exact == gold.Count && rows.Count == gold.Count ? 1 : 0;
                }

                perRecord.Add(new PetrRecordResult(record.Id, copy, record.Category, gold, rows, exact, lenient));
            }
        }

        return new PetrReport
        {
            Records = recordCount,
            GoldEvents = goldCount,
            PredictedEvents = predictedCount,
            Exact = MatchScore(exactCount, predictedCount, goldCount),
            Lenient = MatchScore(lenientCount, predictedCount, goldCount),
            NoEventRecords = noEventRecords,
            NoEventRecordsLeftEmpty = noEventRecordsEmpty,
            EventRecords = eventRecords,
            EventRecordsFullyExact = eventRecordsExact,
            CopiesScored = copies.Count,
            EventsForUnknownIds = [.. unknown.Take(10)],
            RecordsNotScoredWithEvents = skipped,
            PerRecord = perRecord,
        };
    }

    private static PetrMatchScore MatchScore(int truePositives, int predicted, int gold)
    {
        var precision = predicted > 0 ? (double)truePositives / predicted : 0.0;
        var recall = gold > 0 ? (double)truePositives / gold : 0.0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new PetrMatchScore(truePositives, PythonFloat.Round(precision, 4), PythonFloat.Round(recall, 4), PythonFloat.Round(f1, 4));
    }

    // sum((Counter(a) & Counter(b)).values())
    private static int MultisetOverlap(IEnumerable<PetrEventCode> predicted, IEnumerable<PetrEventCode> gold)
    {
        var remaining = gold.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var overlap = 0;
        foreach (var e in predicted)
        {
            if (remaining.TryGetValue(e, out var left) && left > 0)
            {
                remaining[e] = left - 1;
                overlap++;
            }
        }

        return overlap;
    }

    // score_petr.py's read_events: (record id, copy) -> rows, in first-seen order.
    private static Dictionary<(string Id, int Copy), List<PetrEventCode>> ReadEvents(string tsv, HashSet<string> knownIds)
    {
        var events = new Dictionary<(string Id, int Copy), List<PetrEventCode>>();
        foreach (var line in PythonText.UniversalLines(tsv))
        {
            if (PythonText.Strip(line).Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            string source, target, code, ids;
            if (columns.Length >= 6 && PythonText.IsDigit(columns[0]))
            {
                // UD-PETRARCH write_events: date, source, target, eventcode, issues, ids, ...
                (source, target, code, ids) = (columns[1], columns[2], columns[3], columns[5]);
            }
            else if (columns.Length >= 4 && PythonText.IsDigit(columns[1]))
            {
                // Generic: id, eventcode, source, target.
                (ids, code, source, target) = (columns[0], columns[1], columns[2], columns[3]);
            }
            else
            {
                continue;
            }

            foreach (var one in ids.Split(';'))
            {
                var (id, copy) = SplitId(one);
                var cut = id.LastIndexOf('_');
                if (!knownIds.Contains(id) && cut >= 0 && knownIds.Contains(id[..cut]))
                {
                    id = id[..cut]; // "<id>_0" (sentence suffix)
                }

                if (!events.TryGetValue((id, copy), out var list))
                {
                    events[(id, copy)] = list = [];
                }

                list.Add(new PetrEventCode(code, FirstWord(source), FirstWord(target)));
            }
        }

        return events;
    }

    private static string FirstWord(string actor)
    {
        var first = actor.Split(' ')[0];
        return first.Length > 0 ? first : Unknown;
    }

    // "<record id>#r<copy>_0" -> (record id, copy); an id without "#r" is copy 0.
    private static (string Id, int Copy) SplitId(string peerId)
    {
        var at = peerId.IndexOf("#r", StringComparison.Ordinal);
        if (at < 0)
        {
            return (peerId, 0);
        }

        var rest = peerId[(at + 2)..];
        var copyText = rest.Split('_', 2)[0];
        if (!PythonText.TryParseInt(copyText, out var copy) || copy < int.MinValue || copy > int.MaxValue)
        {
            throw new InvalidDataException($"event id {peerId}: the copy after \"#r\" is not a number");
        }

        return (peerId[..at], (int)copy);
    }
}
