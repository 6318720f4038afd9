namespace Entente.Evaluation;

/// <summary>score.py's rules for whether one predicted event can stand for one gold event (GUIDELINES.md, Scoring).</summary>
internal static class EventMatching
{
    /// <summary>Acts where either side may be named first.</summary>
    public static IReadOnlySet<string> SymmetricTypes { get; } = new HashSet<string>(["CONSULT", "SUPPORT", "AGREE"], StringComparer.Ordinal);

    /// <summary>score.py's <c>matches(p, g)</c>: type or also-type, modality, dyad (swappable for symmetric acts), date.</summary>
    public static bool Matches(PythonValue predicted, PythonValue gold)
    {
        var goldType = GoldType(gold);
        var types = new HashSet<PythonValue>(PythonEquality.Instance) { goldType };
        if (gold.GetOrNone("also") is { IsTruthy: true } also)
        {
            types.UnionWith(also.Iterate());
        }

        var predictedType = predicted.GetOrNone("type");
        if (!types.Contains(predictedType))
        {
            return false;
        }

        if (!PythonEquality.Instance.Equals(ModalityOf(predicted), ModalityOf(gold)))
        {
            return false;
        }

        var predictedActors = Countries(predicted.GetOrNone("actors"));
        var predictedRecipients = Countries(predicted.GetOrNone("recipients"));
        var goldActors = Countries(gold.GetOrNone("actors"));
        var goldRecipients = Countries(gold.GetOrNone("recipients"));

        bool DyadMatches(HashSet<string> actors, HashSet<string> recipients) =>
            actors.Overlaps(goldActors) && (goldRecipients.Count == 0 || recipients.Overlaps(goldRecipients));

        var matched = DyadMatches(predictedActors, predictedRecipients);
        if (!matched && (IsSymmetric(goldType) || IsSymmetric(predictedType)))
        {
            // Symmetric acts: either side may be named first; a one-sided prediction may hold both sides in actors.
            var both = new HashSet<string>(predictedActors, StringComparer.Ordinal);
            both.UnionWith(predictedRecipients);
            matched = DyadMatches(predictedRecipients, predictedActors)
                || (both.Overlaps(goldActors) && (goldRecipients.Count == 0 || both.Overlaps(goldRecipients)) && both.Count >= 2);
        }

        if (!matched)
        {
            return false;
        }

        if (DateRange.Parse(gold.Get("date"), gold.Get("end_date")) is { } goldRange)
        {
            return DateRange.Parse(predicted.Get("date"), predicted.Get("end_date")) is { } predictedRange
                && predictedRange.OverlapsWithinOneDay(goldRange);
        }

        return true;
    }

    /// <summary>score.py's <c>countries(xs)</c>: the upper-cased country of each actor (or each bare value).</summary>
    public static HashSet<string> Countries(PythonValue actors)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        if (!actors.IsTruthy)
        {
            return countries;
        }

        foreach (var actor in actors.Iterate())
        {
            var country = actor.Kind == PythonKind.Dict ? actor.GetOrNone("country") : actor;
            if (country.IsTruthy)
            {
                countries.Add(country.Str().ToUpperInvariant());
            }
        }

        return countries;
    }

    /// <summary>Countries sorted by code point, as score.py lists them.</summary>
    public static PythonValue SortedCountries(PythonValue actors) =>
        PythonValue.FromList([.. Countries(actors).Order(PythonText.CodePointOrder).Select(PythonValue.FromString)]);

    /// <summary>score.py's <c>evidence_text(e)</c>: the evidence's <c>text</c>, or the evidence itself when it is not an object.</summary>
    public static string EvidenceText(PythonValue predicted)
    {
        var evidence = predicted.GetOrNone("evidence");
        if (evidence.Kind == PythonKind.Dict)
        {
            var text = evidence.GetOrNone("text");
            return text.IsTruthy ? text.Str() : string.Empty;
        }

        return evidence.IsTruthy ? evidence.Str() : string.Empty;
    }

    /// <summary>A gold event's <c>type</c>; score.py fails on a gold event without one, and so does this.</summary>
    public static PythonValue GoldType(PythonValue gold) =>
        gold.Get("type") ?? throw new InvalidDataException("a gold event has no \"type\"");

    /// <summary>A gold event counts towards recall unless it says <c>"required": false</c> (or any falsy value).</summary>
    public static bool IsRequired(PythonValue gold) => gold.GetOr("required", PythonValue.True).IsTruthy;

    public static bool IsSymmetric(PythonValue type) => type.Kind == PythonKind.Str && SymmetricTypes.Contains(type.StrValue);

    // A missing or empty modality means asserted.
    private static PythonValue ModalityOf(PythonValue e) =>
        e.GetOrNone("modality") is { IsTruthy: true } modality ? modality : PythonValue.FromString("asserted");
}
