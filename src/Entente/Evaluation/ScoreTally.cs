namespace Entente.Evaluation;

/// <summary>The running counts of one scoring run.</summary>
internal sealed class ScoreTally
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public int OptionalHits { get; set; }

    public int DatedMatches { get; set; }

    public int ExactDates { get; set; }

    /// <summary>Per-type counts keyed by the Python type value, in first-seen order (which breaks ties when sorted by name).</summary>
    public List<KeyValuePair<PythonValue, TypeTally>> ByType { get; } = [];

    public List<UnmatchedEvent> Misses { get; } = [];

    public List<UnmatchedEvent> UnmatchedPredictions { get; } = [];

    public TypeTally Of(PythonValue type)
    {
        foreach (var pair in ByType)
        {
            if (PythonEquality.Instance.Equals(pair.Key, type))
            {
                return pair.Value;
            }
        }

        var counts = new TypeTally();
        ByType.Add(new(type, counts));
        return counts;
    }
}
