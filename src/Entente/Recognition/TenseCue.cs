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
        "rose", "sought", "fought", "felt", "kept", "lost", "sold", "stood", "knew", "grew", "threw", "broke", "ran", "froze");

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

    /// <summary>
    /// True when the text speaks of the future: "will", "shall", "'ll", "won't", "upcoming", "is/are to",
    /// "scheduled/expected/set/planning to", "is/was due to", "scheduled for", "to be held"/"to be signed".
    /// </summary>
    public static bool IsFuture(ReadOnlySpan<char> text)
    {
        Range twoBackRange = default;
        Range previousRange = default;
        var position = 0;
        while (NextWord(text, ref position, out var wordRange, out var afterApostrophe))
        {
            var word = text[wordRange];
            var previous = text[previousRange];
            var twoBack = text[twoBackRange];
            if (afterApostrophe)
            {
                // "we'll", "won't": the clitic arrives as a word of its own after the apostrophe.
                if (Is(word, "ll") || (Is(word, "t") && Is(previous, "won")))
                {
                    return true;
                }
            }
            else if (Is(word, "will") || Is(word, "shall") || Is(word, "upcoming"))
            {
                return true;
            }
            else if (Is(word, "to"))
            {
                if (PlanBeforeToBySpan.Contains(previous)
                    || (Is(previous, "due") && FormsOfBeBySpan.Contains(twoBack))
                    || Is(previous, "is") || Is(previous, "are"))
                {
                    return true;
                }
            }
            else if (Is(word, "for") && Is(previous, "scheduled"))
            {
                return true;
            }
            else if (Is(twoBack, "to") && Is(previous, "be") && (Is(word, "held") || EndsWithEd(word)))
            {
                return true;
            }

            twoBackRange = previousRange;
            previousRange = wordRange;
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="word"/> is a past-tense verb form reporting a past act ("met", "agreed", "said"),
    /// given the word before it: "will be held" and "to be signed" are not past, "was held" is.
    /// </summary>
    public static bool IsPastVerb(ReadOnlySpan<char> word, ReadOnlySpan<char> wordBefore)
    {
        if (word.IsEmpty || !char.IsLower(word[0]) || BeforeNonPastParticipleBySpan.Contains(wordBefore))
        {
            return false;
        }

        return IrregularPastBySpan.Contains(word) || (word.Length >= 5 && EndsWithEd(word) && !NotPastEdBySpan.Contains(word));
    }

    private static bool EndsWithEd(ReadOnlySpan<char> word) => word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static bool NextWord(ReadOnlySpan<char> text, ref int position, out Range word, out bool afterApostrophe)
    {
        var i = position;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            word = default;
            afterApostrophe = false;
            position = i;
            return false;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        word = start..i;
        afterApostrophe = start > 0 && text[start - 1] is '\'' or '\u2019';
        position = i;
        return true;
    }
}
