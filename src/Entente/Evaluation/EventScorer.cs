using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// Scores predicted events against a gold set exactly as ../shared/eval/score.py does (GUIDELINES.md, Scoring):
/// per article, predictions sorted by descending confidence are matched one-to-one to gold events by maximum
/// weight — a required gold event 1000, an optional one 10, plus 2 for the exact type and 1 for the exact date — so
/// that first the matched required events and then the matched optional ones are maximised.
/// </summary>
/// <remarks>
/// The values follow Python's reading of the JSON: a missing or falsy modality is <c>asserted</c>, a gold id that
/// is not a string never meets a prediction (score.py keys predictions by <c>str(article_id)</c>), countries are
/// compared upper-cased. Where score.py would stop with an exception — a gold article without <c>id</c>, events that
/// are not a list of objects, a gold event without <c>type</c> — this throws <see cref="InvalidDataException"/>.
/// </remarks>
public static class EventScorer
{
    private const int RequiredWeight = 1000;
    private const int OptionalWeight = 10;
    private const int ExactTypeBonus = 2;
    private const int ExactDateBonus = 1;
    private const int EvidenceShown = 120;

    /// <param name="goldArticles">Gold articles: objects with <c>id</c> and <c>events</c> (a later article with the same id replaces the events of the earlier).</param>
    /// <param name="predictedEvents">Predicted events per FORMAT.md, each with <c>article_id</c>.</param>
    /// <param name="unparsableLines">Prediction lines the reader could not parse, reported as score.py reports them.</param>
    public static ScoreReport Score(IEnumerable<JsonElement> goldArticles, IEnumerable<JsonElement> predictedEvents, int unparsableLines = 0)
    {
        ArgumentNullException.ThrowIfNull(goldArticles);
        ArgumentNullException.ThrowIfNull(predictedEvents);
        var gold = GoldByArticle(goldArticles);
        var predictions = new Dictionary<string, List<PythonValue>>(StringComparer.Ordinal);
        var predicted = 0;
        foreach (var element in predictedEvents)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("a predicted event is not a JSON object", nameof(predictedEvents));
            }

            var e = PythonValue.FromJson(element);
            var articleId = e.GetOrNone("article_id").Str();
            if (!predictions.TryGetValue(articleId, out var list))
            {
                predictions[articleId] = list = [];
            }

            list.Add(e);
            predicted++;
        }

        var tally = new ScoreTally();
        foreach (var (articleKey, goldEvents) in gold)
        {
            var articlePredictions = articleKey.Kind == PythonKind.Str && predictions.TryGetValue(articleKey.StrValue, out var found) ? found : [];
            ScoreArticle(articleKey, goldEvents, articlePredictions, tally);
        }

        var precision = tally.TruePositives + tally.FalsePositives > 0 ? (double)tally.TruePositives / (tally.TruePositives + tally.FalsePositives) : 0.0;
        var recall = tally.TruePositives + tally.FalseNegatives > 0 ? (double)tally.TruePositives / (tally.TruePositives + tally.FalseNegatives) : 0.0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new ScoreReport
        {
            Articles = gold.Count,
            Predicted = predicted,
            UnparsableLines = unparsableLines,
            TruePositives = tally.TruePositives,
            FalsePositives = tally.FalsePositives,
            FalseNegatives = tally.FalseNegatives,
            OptionalHits = tally.OptionalHits,
            Precision = PythonFloat.Round(precision, 3),
            Recall = PythonFloat.Round(recall, 3),
            F1 = PythonFloat.Round(f1, 3),
            ExactDateRate = tally.DatedMatches > 0 ? PythonFloat.Round((double)tally.ExactDates / tally.DatedMatches, 3) : null,
            ByType = [.. tally.ByType
                .Select(pair => new TypeScore(pair.Key.Str(), pair.Value.TruePositives, pair.Value.FalsePositives, pair.Value.FalseNegatives))
                .OrderBy(t => t.Type, PythonText.CodePointOrder)],
            Misses = tally.Misses,
            UnmatchedPredictions = tally.UnmatchedPredictions,
        };
    }

    /// <summary>
    /// Checks a gold set's shape before any coding: every article an object with an <c>id</c> and a list of event
    /// objects, every event with a <c>type</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">The first problem found.</exception>
    public static void CheckGold(IEnumerable<JsonElement> goldArticles)
    {
        ArgumentNullException.ThrowIfNull(goldArticles);
        foreach (var (_, events) in GoldByArticle(goldArticles))
        {
            foreach (var e in events)
            {
                EventMatching.GoldType(e);
            }
        }
    }

    // score.py's gold dict: id -> events; a repeated id keeps its first place and key, and takes the later events.
    private static List<(PythonValue Key, IReadOnlyList<PythonValue> Events)> GoldByArticle(IEnumerable<JsonElement> goldArticles)
    {
        var gold = new List<(PythonValue Key, IReadOnlyList<PythonValue> Events)>();
        var positionOf = new Dictionary<PythonValue, int>(PythonEquality.Instance);
        foreach (var element in goldArticles)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException("a gold article is not a JSON object");
            }

            var article = PythonValue.FromJson(element);
            var key = article.Get("id") ?? throw new InvalidDataException("a gold article has no \"id\"");
            var events = article.GetOr("events", PythonValue.FromList([]));
            if (events.Kind != PythonKind.List || events.Items.Any(e => e.Kind != PythonKind.Dict))
            {
                throw new InvalidDataException($"gold article {key.Repr()}: \"events\" is not a list of objects");
            }

            if (positionOf.TryGetValue(key, out var position))
            {
                gold[position] = (gold[position].Key, events.Items);
            }
            else
            {
                positionOf[key] = gold.Count;
                gold.Add((key, events.Items));
            }
        }

        return gold;
    }

    private static void ScoreArticle(PythonValue articleKey, IReadOnlyList<PythonValue> goldEvents, List<PythonValue> predictions, ScoreTally tally)
    {
        // Stable sort on -(confidence or 0), as sorted() does.
        var ordered = predictions.OrderBy(p => -Confidence(p)).ToList();

        // Candidate gold events per prediction, most specific first (exact type, then dated): the order the
        // matching's arcs are added in, which decides between matchings of equal weight.
        var candidates = ordered.Select(p => Enumerable.Range(0, goldEvents.Count)
                .Where(i => EventMatching.Matches(p, goldEvents[i]))
                .OrderBy(i => ExactType(goldEvents[i], p) ? 0 : 1)
                .ThenBy(i => goldEvents[i].GetOrNone("date").IsTruthy ? 0 : 1)
                .ToList())
            .ToList();
        var edges = candidates
            .Select((goldIndexes, pi) => (IReadOnlyList<(int, int)>)[.. goldIndexes.Select(gi => (gi, Weight(ordered[pi], goldEvents[gi])))])
            .ToList();
        var owner = MaxWeightMatching.Solve(ordered.Count, goldEvents.Count, edges);
        var goldOf = owner.ToDictionary(pair => pair.Value, pair => pair.Key);

        for (var pi = 0; pi < ordered.Count; pi++)
        {
            var p = ordered[pi];
            if (!goldOf.TryGetValue(pi, out var gi))
            {
                tally.FalsePositives++;
                tally.Of(p.GetOrNone("type")).FalsePositives++;
                tally.UnmatchedPredictions.Add(Listed(articleKey, p.GetOrNone("type"), p, PythonValue.FromString(PythonText.Head(EventMatching.EvidenceText(p), EvidenceShown))));
                continue;
            }

            var g = goldEvents[gi];
            if (EventMatching.IsRequired(g))
            {
                tally.TruePositives++;
                tally.Of(EventMatching.GoldType(g)).TruePositives++;
                if (g.GetOrNone("date").IsTruthy)
                {
                    tally.DatedMatches++;
                    if (SameDates(p, g))
                    {
                        tally.ExactDates++;
                    }
                }
            }
            else
            {
                tally.OptionalHits++;
            }
        }

        for (var gi = 0; gi < goldEvents.Count; gi++)
        {
            var g = goldEvents[gi];
            if (EventMatching.IsRequired(g) && !owner.ContainsKey(gi))
            {
                tally.FalseNegatives++;
                tally.Of(EventMatching.GoldType(g)).FalseNegatives++;
                tally.Misses.Add(Listed(articleKey, EventMatching.GoldType(g), g, HeadOf(g.GetOr("evidence", PythonValue.EmptyStr))));
            }
        }
    }

    private static int Weight(PythonValue p, PythonValue g)
    {
        var weight = EventMatching.IsRequired(g) ? RequiredWeight : OptionalWeight;
        weight += ExactType(g, p) ? ExactTypeBonus : 0;
        weight += g.GetOrNone("date").IsTruthy && SameDates(p, g) ? ExactDateBonus : 0;
        return weight;
    }

    private static bool ExactType(PythonValue g, PythonValue p) =>
        PythonEquality.Instance.Equals(EventMatching.GoldType(g), p.GetOrNone("type"));

    // Equal ranges, or both unparsable (score.py compares the two parse_range results, None included).
    private static bool SameDates(PythonValue p, PythonValue g) =>
        DateRange.Parse(p.Get("date"), p.Get("end_date")) == DateRange.Parse(g.Get("date"), g.Get("end_date"));

    private static double Confidence(PythonValue p)
    {
        var confidence = p.GetOrNone("confidence");
        return confidence.IsTruthy ? confidence.ToDouble() : 0;
    }

    // value[:120] for a string (or a list); other values cannot be sliced in Python and are shown whole here.
    private static PythonValue HeadOf(PythonValue value) => value.Kind switch
    {
        PythonKind.Str => PythonValue.FromString(PythonText.Head(value.StrValue, EvidenceShown)),
        PythonKind.List => PythonValue.FromList([.. value.Items.Take(EvidenceShown)]),
        _ => value,
    };

    private static UnmatchedEvent Listed(PythonValue articleKey, PythonValue type, PythonValue e, PythonValue evidence)
    {
        var actors = EventMatching.SortedCountries(e.GetOrNone("actors"));
        var recipients = EventMatching.SortedCountries(e.GetOrNone("recipients"));
        var date = e.GetOrNone("date");
        var modality = e.GetOrNone("modality");
        var listing = "(" + string.Join(", ", new[] { articleKey, type, actors, recipients, date, modality, evidence }.Select(v => v.Repr())) + ")";
        return new UnmatchedEvent(
            articleKey.Str(),
            type.IsNone ? null : type.Str(),
            [.. actors.Items.Select(c => c.StrValue)],
            [.. recipients.Items.Select(c => c.StrValue)],
            date.IsNone ? null : date.Str(),
            modality.IsNone ? null : modality.Str(),
            evidence.Str(),
            listing);
    }
}
