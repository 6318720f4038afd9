using System.Collections.Frozen;

namespace Entente.Recognition;

/// <summary>
/// Cheap lexical tense cues. Dates need them ("Monday" is last Monday in a report, next Monday in an announcement)
/// and so does modality; neither can afford a parser, and news prose marks the future with a small set of phrases
/// ("will", "is scheduled to", "to be held").
/// </summary>
public static class TenseCue
{
    // Words that, directly before "to", announce a plan or a schedule. "due" only counts after a form of "be",
    // because "due to" alone usually means "because of".
    private static readonly FrozenSet<string> PlanBeforeTo = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "scheduled", "expected", "set", "slated", "poised", "planning", "plans", "plan", "intends", "intend", "going", "aims", "vowed");

    private static readonly FrozenSet<string> FormsOfBe = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "is", "are", "was", "were", "be", "been", "am");

    // A participle after these is not a past event ("will be held", "to be signed", "is expected").
    private static readonly FrozenSet<string> BeforeNonPastParticiple = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "be", "been", "being", "is", "are", "am", "will", "would", "shall", "should", "to", "ll", "can", "could", "may", "might", "must");

    private static readonly FrozenSet<string> IrregularPast = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "said", "told", "met", "left", "held", "made", "gave", "took", "came", "went", "began", "sent", "saw", "spoke", "wrote",
        "brought", "paid", "struck", "won", "became", "fled", "flew", "led", "was", "were", "had", "did", "chose", "drove", "fell",
        "rose", "sought", "fought", "felt", "kept", "lost", "sold", "stood", "knew", "grew", "threw", "broke", "ran", "froze",
        "taken", "given", "seen", "written", "spoken", "broken", "chosen", "driven", "stolen", "shown", "begun");

    // Words ending in "-ed" that do not report a past act: plans ("scheduled") and ordinary words ("indeed").
    private static readonly FrozenSet<string> NotPastEd = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "scheduled", "expected", "planned", "slated", "proposed", "intended", "supposed", "needed", "indeed", "proceed", "succeed",
        "exceed", "hundred", "kindred", "naked", "wicked", "sacred", "beloved", "speed", "breed", "embed", "united", "limited", "concerned",
        "armed", "related", "interested", "based", "advanced", "detailed", "alleged", "unprecedented", "coordinated", "red");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanBeforeToBySpan = PlanBeforeTo.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FormsOfBeBySpan = FormsOfBe.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNonPastParticipleBySpan = BeforeNonPastParticiple.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPastBySpan = IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastEdBySpan = NotPastEd.GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Cue
    {
        None,
        Future,

        // "would": the future of a reported past ("said the pause would begin Thursday"), but also a conditional,
        // so it only wins when no firmer cue is about as close.
        ReportedFuture,
        Past,
    }

    /// <summary>
    /// True when the text speaks of the future anywhere: "will", "shall", "'ll", "won't", "upcoming", "is/are to",
    /// "scheduled/expected/set/planning to", "is/was due to", "scheduled for", "to be held"/"to be signed".
    /// </summary>
    public static bool IsFuture(ReadOnlySpan<char> text)
    {
        var scan = new WordScan(text);
        while (scan.Next())
        {
            if (scan.Cue == Cue.Future)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the tense cue nearest to the phrase at [<paramref name="start"/>, <paramref name="end"/>) of
    /// <paramref name="text"/> is a future one. Past verbs count as cues too, so in "said on Monday it will" the
    /// date belongs to "said", and in "Pak, who was due to leave, met him on Sunday" to "met". Distance is
    /// counted in words, and a comma, colon, bracket or quote between adds three: they close clauses. "would"
    /// counts as future but two words farther, being also a conditional. Ties go to the cue before the phrase.
    /// No cue at all means past: news reports what happened.
    /// </summary>
    public static bool IsFutureNear(ReadOnlySpan<char> text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        const int BreakCost = 3;
        const int ReportedFutureCost = 2;

        var before = new WordScan(text[..start]);
        var backCue = Cue.None;
        int backWord = 0, backBreaks = 0;
        while (before.Next())
        {
            if (before.Cue != Cue.None)
            {
                (backCue, backWord, backBreaks) = (before.Cue, before.Words, before.Breaks);
            }
        }

        before.SkipTrailing();
        var backCost = backCue == Cue.None ? int.MaxValue : (before.Words - backWord) + (BreakCost * (before.Breaks - backBreaks));
        if (backCue == Cue.ReportedFuture)
        {
            backCost += ReportedFutureCost;
        }

        var after = new WordScan(text[end..]);
        var foreCue = Cue.None;
        var foreCost = int.MaxValue;
        while (after.Next())
        {
            // "an agreement that will allow ...": a tense after "that" or "which" is its own clause's, not the act's.
            if (after.OpensClause)
            {
                break;
            }

            if (after.Cue != Cue.None)
            {
                foreCue = after.Cue;
                foreCost = (after.Words - 1) + (BreakCost * after.Breaks) + (foreCue == Cue.ReportedFuture ? ReportedFutureCost : 0);
                break;
            }
        }

        return (backCost <= foreCost ? backCue : foreCue) is Cue.Future or Cue.ReportedFuture;
    }

    /// <summary>
    /// True when <paramref name="word"/> is a past-tense verb form reporting a past act ("met", "agreed", "said"),
    /// given the word before it: "will be held" and "to be signed" are not past, "was held" is.
    /// </summary>
    public static bool IsPastVerb(ReadOnlySpan<char> word, ReadOnlySpan<char> wordBefore)
    {
        // "as hoped", "as expected": a participle after "as" is a comment, not the clause's verb.
        if (word.IsEmpty || !char.IsLower(word[0]) || BeforeNonPastParticipleBySpan.Contains(wordBefore) || Is(wordBefore, "as"))
        {
            return false;
        }

        return IrregularPastBySpan.Contains(word) || (word.Length >= 5 && EndsWithEd(word) && !NotPastEdBySpan.Contains(word));
    }

    private static bool EndsWithEd(ReadOnlySpan<char> word) => word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static Cue CueOf(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, ReadOnlySpan<char> twoBack, bool afterApostrophe)
    {
        if (afterApostrophe)
        {
            // "we'll", "won't": the clitic arrives as a word of its own after the apostrophe.
            return Is(word, "ll") || (Is(word, "t") && Is(previous, "won")) ? Cue.Future : Cue.None;
        }

        if (Is(word, "will") || Is(word, "shall") || Is(word, "upcoming"))
        {
            return Cue.Future;
        }

        if (Is(word, "would"))
        {
            return Cue.ReportedFuture;
        }

        if (Is(word, "to"))
        {
            return PlanBeforeToBySpan.Contains(previous) || (Is(previous, "due") && FormsOfBeBySpan.Contains(twoBack))
                || Is(previous, "is") || Is(previous, "are")
                ? Cue.Future
                : Cue.None;
        }

        if ((Is(word, "for") && Is(previous, "scheduled")) || (Is(twoBack, "to") && Is(previous, "be") && (Is(word, "held") || EndsWithEd(word))))
        {
            return Cue.Future;
        }

        return IsPastVerb(word, previous) ? Cue.Past : Cue.None;
    }

    /// <summary>Walks the words of a text, counting them and the clause breaks before each, and classifying each as a cue.</summary>
    private ref struct WordScan(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int position;
        private Range previous;
        private Range twoBack;

        /// <summary>Words read so far, the current one included.</summary>
        public int Words { get; private set; }

        /// <summary>Clause breaks (",", ";", ":", brackets, quotes, dashes) before the current word.</summary>
        public int Breaks { get; private set; }

        /// <summary>Whether the current word opens a relative or complement clause ("that", "which", "who").</summary>
        public readonly bool OpensClause => text[previous] is "that" or "which" or "who";

        public Cue Cue { get; private set; }

        public bool Next()
        {
            var i = position;
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                CountBreak(text[i]);
                i++;
            }

            if (i >= text.Length)
            {
                position = i;
                return false;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var afterApostrophe = start > 0 && text[start - 1] is '\'' or '\u2019';
            Cue = CueOf(text[start..i], text[previous], text[twoBack], afterApostrophe);
            (twoBack, previous) = (previous, start..i);
            position = i;
            Words++;
            return true;
        }

        /// <summary>Counts the breaks after the last word, up to the end of the text.</summary>
        public void SkipTrailing()
        {
            while (position < text.Length)
            {
                CountBreak(text[position]);
                position++;
            }
        }

        private void CountBreak(char c)
        {
            if (c is ',' or ';' or ':' or '(' or ')' or '"' or '\u201C' or '\u201D' or '\u2014')
            {
                Breaks++;
            }
        }
    }
}
