using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Entente.Annotations;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Finds date expressions in each sentence and resolves them against the publication date (GUIDELINES rule 5):
/// absolute dates ("March 11, 2024", "11 March", "2024-03-11"), spans ("March 10-13", "from 10 to 13 March"),
/// months and years in context ("in late January", "since 2019"), weekdays ("on Monday", "last Friday") and
/// relative phrases ("yesterday", "earlier this month", "last year", "over the weekend", "two weeks ago").
/// Without a publication date only expressions that carry their own year resolve.
/// </summary>
/// <remarks>
/// Each sentence is cut into small value-type pieces (words looked up once in a frozen lexicon, numbers already
/// parsed) on the stack, and hand-written patterns run over the pieces left to right; the longest match at a
/// position wins and matching resumes after it. Nothing is allocated per character and nothing is shared, so one
/// instance serves many threads.
/// </remarks>
public sealed class DateResolver : IStage
{
    // Sentences up to this many characters are cut into pieces on the stack; longer ones rent an array.
    private const int StackPieceLimit = 256;

    private static readonly FrozenDictionary<string, LexiconEntry> Lexicon = BuildLexicon();

    private static readonly FrozenDictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> LexiconBySpan =
        Lexicon.GetAlternateLookup<ReadOnlySpan<char>>();

    private enum PieceKind : byte
    {
        Word,
        Number,
        Ordinal,
        IsoDate,
        Quantity,
        Code,
        Punctuation,
    }

    private enum Lexeme : byte
    {
        None,
        Month,
        Weekday,
        Today,
        Tonight,
        Yesterday,
        Tomorrow,
        Last,
        This,
        Next,
        Earlier,
        Later,
        Early,
        Late,
        Mid,
        End,
        Beginning,
        Middle,
        Of,
        The,
        In,
        On,
        At,
        Over,
        During,
        Since,
        Until,
        By,
        Before,
        After,
        From,
        Between,
        And,
        To,
        Through,
        Previous,
        That,
        Ago,
        DayUnit,
        WeekUnit,
        MonthUnit,
        YearUnit,
        Weekend,
        NumberWord,
        Determiner,
        TimeOfDay,
        PeriodPart,
    }

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<DateMention>();
        int? storyYear = null;
        foreach (var sentence in document.Sentences)
        {
            var first = found.Count;
            Collect(document.Body, sentence.Range, sentence.Index, document.Article.Published, storyYear, found);
            // "Relations broke down in 2013. Cairo expelled the ambassador that November.": the year last written out
            // is the one "that November" and "that year" mean.
            for (var m = first; m < found.Count; m++)
            {
                if (WritesYear(found[m].Range.Span(document.Body)))
                {
                    storyYear = found[m].Start.Year;
                }
            }
        }

        return document with { Dates = found.Count == 0 ? [] : found.ToArray() };
    }

    /// <summary>The date expressions of one sentence, with ranges as absolute offsets into <paramref name="body"/>.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the stage's instance API, next to Process.")]
    public IReadOnlyList<DateMention> FindIn(string body, TextRange sentence, int sentenceIndex, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegative(sentence.Start, nameof(sentence));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sentence.End, body.Length, nameof(sentence));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sentence.Start, sentence.End, nameof(sentence));
        var found = new List<DateMention>();
        Collect(body, sentence, sentenceIndex, published, null, found);
        return found.Count == 0 ? [] : found.ToArray();
    }

    private static bool WritesYear(ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var c = 0; c <= text.Length; c++)
        {
            if (c < text.Length && char.IsAsciiDigit(text[c]))
            {
                run++;
                continue;
            }

            if (run == 4)
            {
                return true;
            }

            run = 0;
        }

        return false;
    }

    private static void Collect(string body, TextRange sentence, int sentenceIndex, DateOnly? published, int? storyYear, List<DateMention> found)
    {
        var text = sentence.Span(body);
        Piece[]? rented = null;
        var buffer = text.Length <= StackPieceLimit
            ? stackalloc Piece[StackPieceLimit]
            : (rented = ArrayPool<Piece>.Shared.Rent(text.Length));
        try
        {
            var count = Cut(text, sentence.Start, buffer, out var mayHoldDate);
            if (mayHoldDate)
            {
                new Matcher(body, sentence, sentenceIndex, published, storyYear, buffer[..count], found).Run();
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Piece>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Cuts a sentence into pieces. Numbers that cannot be days or years ("5,000", "3.3", "10:30", "$200",
    /// "COVID-19", "1990s") become quantities here, so no pattern ever has to rule them out again.
    /// </summary>
    private static int Cut(ReadOnlySpan<char> text, int offset, Span<Piece> pieces, out bool mayHoldDate)
    {
        var count = 0;
        var i = 0;
        mayHoldDate = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                if (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    // "G20", "F16": a code, never a date.
                    while (i < text.Length && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }

                    pieces[count++] = new Piece(offset + start, offset + i, PieceKind.Code, Lexeme.None, 0, false);
                    continue;
                }

                var word = text[start..i];
                var entry = word.Length <= 10 && LexiconBySpan.TryGetValue(word, out var found) ? found : default;
                var capitalized = char.IsUpper(c);
                var lexeme = entry.Lexeme;
                if (lexeme is Lexeme.Month or Lexeme.Weekday && !capitalized)
                {
                    // "may", "march", "sunday" in lower case are verbs or typos, not dates.
                    lexeme = Lexeme.None;
                }

                mayHoldDate |= lexeme is Lexeme.Month or Lexeme.Weekday or Lexeme.Today or Lexeme.Tonight or Lexeme.Yesterday
                    or Lexeme.Tomorrow or Lexeme.DayUnit or Lexeme.WeekUnit or Lexeme.MonthUnit or Lexeme.YearUnit or Lexeme.Weekend;
                pieces[count++] = new Piece(offset + start, offset + i, PieceKind.Word, lexeme, entry.Value, capitalized, entry.Abbreviation);
            }
            else if (char.IsAsciiDigit(c))
            {
                count = CutNumber(text, offset, ref i, pieces, count, ref mayHoldDate);
            }
            else
            {
                pieces[count++] = new Piece(offset + i, offset + i + 1, PieceKind.Punctuation, Lexeme.None, c, false);
                i++;
            }
        }

        return count;
    }

    private static int CutNumber(ReadOnlySpan<char> text, int offset, ref int i, Span<Piece> pieces, int count, ref bool mayHoldDate)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var digits = i - start;
        if (digits == 4 && TryReadIsoDate(text, start, out var isoEnd, out var packed))
        {
            i = isoEnd;
            mayHoldDate = true;
            pieces[count++] = new Piece(offset + start, offset + i, PieceKind.IsoDate, Lexeme.None, packed, false);
            return count;
        }

        var kind = digits <= 4 ? PieceKind.Number : PieceKind.Quantity;
        if (i < text.Length && text[i] == ',' && IsDigitGroup(text, i + 1))
        {
            // "200,000": thousands separators.
            while (i < text.Length && text[i] == ',' && IsDigitGroup(text, i + 1))
            {
                i += 4;
            }

            kind = PieceKind.Quantity;
        }

        if (i + 1 < text.Length && text[i] is '.' or ':' && char.IsAsciiDigit(text[i + 1]))
        {
            // "3.3", "10:30", "09:47:14".
            while (i + 1 < text.Length && text[i] is '.' or ':' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }

            kind = PieceKind.Quantity;
        }

        if (i < text.Length && char.IsLetter(text[i]))
        {
            var suffixEnd = i;
            while (suffixEnd < text.Length && char.IsLetter(text[suffixEnd]))
            {
                suffixEnd++;
            }

            var suffix = text[i..suffixEnd];
            if (kind == PieceKind.Number && IsOrdinalSuffix(suffix))
            {
                kind = PieceKind.Ordinal;
                i = suffixEnd;
            }
            else if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase))
            {
                // "1990s": a decade is too vague to date an event.
                kind = PieceKind.Quantity;
                i = suffixEnd;
            }
            else
            {
                // "20km", "14Updated": a measure, or a word glued on; the letters are read as their own word.
                kind = PieceKind.Quantity;
            }
        }

        if (kind is PieceKind.Number or PieceKind.Ordinal && (IsGluedToCode(text, start) || (i < text.Length && text[i] == '%')))
        {
            kind = PieceKind.Quantity;
        }

        var value = 0;
        if (kind is PieceKind.Number or PieceKind.Ordinal)
        {
            foreach (var digit in text[start..(start + digits)])
            {
                value = (value * 10) + (digit - '0');
            }

            mayHoldDate = true;
        }

        pieces[count++] = new Piece(offset + start, offset + i, kind, Lexeme.None, value, false);
        return count;
    }

    private static bool IsDigitGroup(ReadOnlySpan<char> text, int at) =>
        at + 3 <= text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "$200", "#5", "COVID-19", "Su-25": a number after a currency sign or hyphenated to a word is a quantity or a
    /// name. "mid-2023" is the one hyphenated word that precedes a date.
    /// </summary>
    private static bool IsGluedToCode(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var before = text[start - 1];
        if (before is '$' or '€' or '£' or '¥' or '#')
        {
            return true;
        }

        if (before != '-' || start < 2 || !char.IsLetter(text[start - 2]))
        {
            return false;
        }

        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return !text[wordStart..(start - 1)].Equals("mid", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"2024-03-11", "2024/03/11", "2024.02.29": year, month and day with one separator, all in range.</summary>
    private static bool TryReadIsoDate(ReadOnlySpan<char> text, int start, out int end, out int packed)
    {
        end = start;
        packed = 0;
        var i = start + 4;
        if (i >= text.Length || text[i] is not ('-' or '/' or '.'))
        {
            return false;
        }

        var separator = text[i];
        if (!TryReadSmall(text, ref i, out var month) || i >= text.Length || text[i] != separator || !TryReadSmall(text, ref i, out var day))
        {
            return false;
        }

        if (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == separator && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            return false;
        }

        var year = ((text[start] - '0') * 1000) + ((text[start + 1] - '0') * 100) + ((text[start + 2] - '0') * 10) + (text[start + 3] - '0');
        if (!IsPlausibleYear(year) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        end = i;
        packed = (year * 10000) + (month * 100) + day;
        return true;
    }

    // Reads the separator at text[i] and one or two digits after it.
    private static bool TryReadSmall(ReadOnlySpan<char> text, ref int i, out int value)
    {
        value = 0;
        var start = i + 1;
        var j = start;
        while (j < text.Length && j - start < 3 && char.IsAsciiDigit(text[j]))
        {
            value = (value * 10) + (text[j] - '0');
            j++;
        }

        if (j - start is < 1 or > 2)
        {
            return false;
        }

        i = j;
        return true;
    }

    private static bool IsPlausibleYear(int year) => year is >= 1900 and <= 2100;

    /// <summary>A month's name or abbreviation in any case ("October", "Oct", "OCT").</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => LexiconBySpan.TryGetValue(word, out var entry) && entry.Lexeme == Lexeme.Month;

    private static FrozenDictionary<string, LexiconEntry> BuildLexicon()
    {
        var words = new Dictionary<string, LexiconEntry>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var m = 0; m < months.Length; m++)
        {
            words[months[m]] = new LexiconEntry(Lexeme.Month, m + 1, false);
        }

        (string Text, int Month)[] abbreviations =
        [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
            ("oct", 10), ("nov", 11), ("dec", 12),
        ];
        foreach (var (text, month) in abbreviations)
        {
            words[text] = new LexiconEntry(Lexeme.Month, month, true);
        }

        string[] weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
        for (var d = 0; d < weekdays.Length; d++)
        {
            words[weekdays[d]] = new LexiconEntry(Lexeme.Weekday, d, false);
        }

        (string Text, Lexeme Lexeme, int Value)[] keywords =
        [
            ("today", Lexeme.Today, 0), ("tonight", Lexeme.Tonight, 0), ("yesterday", Lexeme.Yesterday, 0), ("tomorrow", Lexeme.Tomorrow, 0),
            ("last", Lexeme.Last, 0), ("past", Lexeme.Last, 1), ("this", Lexeme.This, 0), ("next", Lexeme.Next, 0), ("coming", Lexeme.Next, 1),
            ("earlier", Lexeme.Earlier, 0), ("later", Lexeme.Later, 0), ("early", Lexeme.Early, 0), ("late", Lexeme.Late, 0),
            ("mid", Lexeme.Mid, 0), ("end", Lexeme.End, 0), ("beginning", Lexeme.Beginning, 0), ("start", Lexeme.Beginning, 1),
            ("middle", Lexeme.Middle, 0), ("of", Lexeme.Of, 0), ("the", Lexeme.The, 0), ("in", Lexeme.In, 0), ("on", Lexeme.On, 0),
            ("at", Lexeme.At, 0), ("over", Lexeme.Over, 0), ("during", Lexeme.During, 0), ("since", Lexeme.Since, 0),
            ("until", Lexeme.Until, 0), ("till", Lexeme.Until, 1), ("by", Lexeme.By, 0), ("before", Lexeme.Before, 0),
            ("after", Lexeme.After, 0), ("from", Lexeme.From, 0), ("between", Lexeme.Between, 0), ("and", Lexeme.And, 0),
            ("to", Lexeme.To, 0), ("through", Lexeme.Through, 0), ("previous", Lexeme.Previous, 0), ("that", Lexeme.That, 0), ("ago", Lexeme.Ago, 0),
            ("day", Lexeme.DayUnit, 0), ("days", Lexeme.DayUnit, 1), ("week", Lexeme.WeekUnit, 0), ("weeks", Lexeme.WeekUnit, 1),
            ("month", Lexeme.MonthUnit, 0), ("months", Lexeme.MonthUnit, 1), ("year", Lexeme.YearUnit, 0), ("years", Lexeme.YearUnit, 1),
            ("weekend", Lexeme.Weekend, 0),
            ("a", Lexeme.NumberWord, 1), ("an", Lexeme.NumberWord, 1), ("one", Lexeme.NumberWord, 1), ("two", Lexeme.NumberWord, 2),
            ("three", Lexeme.NumberWord, 3), ("four", Lexeme.NumberWord, 4), ("five", Lexeme.NumberWord, 5), ("six", Lexeme.NumberWord, 6),
            ("seven", Lexeme.NumberWord, 7), ("eight", Lexeme.NumberWord, 8), ("nine", Lexeme.NumberWord, 9), ("ten", Lexeme.NumberWord, 10),
            ("eleven", Lexeme.NumberWord, 11), ("twelve", Lexeme.NumberWord, 12),
            ("his", Lexeme.Determiner, 0), ("her", Lexeme.Determiner, 0), ("its", Lexeme.Determiner, 0), ("their", Lexeme.Determiner, 0),
            ("our", Lexeme.Determiner, 0), ("my", Lexeme.Determiner, 0), ("your", Lexeme.Determiner, 0),
            ("morning", Lexeme.TimeOfDay, 1), ("afternoon", Lexeme.TimeOfDay, 2), ("evening", Lexeme.TimeOfDay, 3), ("night", Lexeme.TimeOfDay, 4),
            ("half", Lexeme.PeriodPart, 0), ("spring", Lexeme.PeriodPart, 0), ("summer", Lexeme.PeriodPart, 0), ("autumn", Lexeme.PeriodPart, 0),
            ("fall", Lexeme.PeriodPart, 0), ("winter", Lexeme.PeriodPart, 0), ("quarter", Lexeme.PeriodPart, 0), ("part", Lexeme.PeriodPart, 0),
        ];
        foreach (var (text, lexeme, value) in keywords)
        {
            words[text] = new LexiconEntry(lexeme, value, false);
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private readonly record struct LexiconEntry(Lexeme Lexeme, int Value, bool Abbreviation);

    /// <summary>
    /// One piece of a sentence: a word with its lexicon entry (month number, weekday, keyword), a number with its
    /// value, an ISO date packed as yyyymmdd, or one punctuation character.
    /// </summary>
    private readonly record struct Piece(int Start, int End, PieceKind Kind, Lexeme Lexeme, int Value, bool Capitalized, bool Abbreviation = false);

    /// <summary>A match: the piece after it, the resolved value and, for spans, the last day or month.</summary>
    private readonly record struct Hit(int EndPiece, PartialDate Start, PartialDate? Last);

    /// <summary>The patterns, run over the pieces of one sentence.</summary>
    private readonly ref struct Matcher
    {
        private readonly string body;
        private readonly TextRange sentence;
        private readonly int sentenceIndex;
        private readonly DateOnly? published;
        private readonly int? storyYear;
        private readonly ReadOnlySpan<Piece> p;
        private readonly List<DateMention> found;

        public Matcher(string body, TextRange sentence, int sentenceIndex, DateOnly? published, int? storyYear, ReadOnlySpan<Piece> pieces, List<DateMention> found)
        {
            this.body = body;
            this.sentence = sentence;
            this.sentenceIndex = sentenceIndex;
            this.published = published;
            this.storyYear = storyYear;
            p = pieces;
            this.found = found;
        }

        public void Run()
        {
            var i = 0;
            while (i < p.Length)
            {
                if (!CanStart(p[i]))
                {
                    i++;
                    continue;
                }

                var best = default(Hit);
                Keep(ref best, TryMonthFirst(i, out var hit), hit);
                Keep(ref best, TryDayFirst(i, out hit), hit);
                Keep(ref best, TryIsoDate(i, out hit), hit);
                Keep(ref best, TryMonthOrPeriod(i, out hit), hit);
                Keep(ref best, TryYear(i, out hit), hit);
                Keep(ref best, TryWeekday(i, out hit), hit);
                Keep(ref best, TryRelativeDay(i, out hit), hit);
                Keep(ref best, TryRelativePeriod(i, out hit), hit);
                Keep(ref best, TryAgo(i, out hit), hit);
                Keep(ref best, TryStoryDay(i, out hit), hit);
                if (best.EndPiece <= i)
                {
                    i++;
                    continue;
                }

                var range = new TextRange(p[i].Start, p[best.EndPiece - 1].End);
                found.Add(new DateMention(range, sentenceIndex, best.Start, best.Last));
                i = best.EndPiece;
            }
        }

        // Only these open a pattern; "of", "in", "to", "and" and the units are read as context, which spares the
        // commonest words of every sentence from the pattern tries.
        private static bool CanStart(in Piece piece) =>
            piece.Kind is PieceKind.Number or PieceKind.Ordinal or PieceKind.IsoDate
            || (piece.Kind == PieceKind.Word && piece.Lexeme is Lexeme.Month or Lexeme.Weekday or Lexeme.Today or Lexeme.Tonight
                or Lexeme.Yesterday or Lexeme.Tomorrow or Lexeme.Last or Lexeme.This or Lexeme.Next or Lexeme.Earlier or Lexeme.Later
                or Lexeme.Early or Lexeme.Late or Lexeme.Mid or Lexeme.End or Lexeme.Beginning or Lexeme.Middle or Lexeme.The or Lexeme.That
                or Lexeme.By or Lexeme.Before or Lexeme.Until or Lexeme.NumberWord)
            // "Days later": uncounted days, see TryDaysLater.
            || (piece.Kind == PieceKind.Word && piece.Lexeme == Lexeme.DayUnit && piece.Value == 1);

        private static void Keep(ref Hit best, bool matched, Hit hit)
        {
            if (matched && hit.EndPiece > best.EndPiece)
            {
                best = hit;
            }
        }

        // ---- Absolute dates -------------------------------------------------------------------------------

        /// <summary>
        /// "March 11, 2024", "Feb. 14", "March 10 and 11", "March 10-13, 2024", "March 30 to April 2",
        /// "Thursday August 31", "Monday, Nov. 20, 2023", "May 2 this year".
        /// </summary>
        private bool TryMonthFirst(int i, out Hit hit)
        {
            hit = default;
            var k = i;
            if (Is(k, Lexeme.Weekday))
            {
                // A weekday in front of a full date adds nothing to it, but belongs to the words.
                k++;
                if (IsPunct(k, ','))
                {
                    k++;
                }

                if (!IsMonth(k, out _, out _))
                {
                    return false;
                }
            }

            if (!IsMonth(k, out var month, out k) || !IsDay(k, out var day))
            {
                return false;
            }

            k++;
            int lastMonth = month, lastDay = 0;
            if (IsRangeWord(k))
            {
                if (IsDay(k + 1, out var secondDay) && secondDay > day)
                {
                    lastDay = secondDay;
                    k += 2;
                }
                else if (IsMonth(k + 1, out var secondMonth, out var afterSecond) && IsDay(afterSecond, out secondDay))
                {
                    (lastMonth, lastDay) = (secondMonth, secondDay);
                    k = afterSecond + 1;
                }
            }

            return Finish(i, ref k, month, day, lastMonth, lastDay, out hit);
        }

        /// <summary>"11 March 2024", "10-13 March", "10 to 13 March", "30 March to 2 April", "14th day of December, 2023".</summary>
        private bool TryDayFirst(int i, out Hit hit)
        {
            hit = default;
            if (!IsDay(i, out var day))
            {
                return false;
            }

            var k = i + 1;
            var lastDay = 0;
            if (p[i].Kind == PieceKind.Ordinal && Is(k, Lexeme.DayUnit) && p[k].Value == 0 && Is(k + 1, Lexeme.Of))
            {
                k += 2;
            }
            else if (p[i].Kind == PieceKind.Ordinal && Is(k, Lexeme.Of))
            {
                k++;
            }
            else if (IsRangeWord(k) && IsDay(k + 1, out var secondDay) && secondDay > day)
            {
                lastDay = secondDay;
                k += 2;
            }

            if (!IsMonth(k, out var month, out k))
            {
                return false;
            }

            var lastMonth = month;
            if (lastDay == 0 && IsRangeWord(k) && IsDay(k + 1, out var otherDay) && IsMonth(k + 2, out var otherMonth, out var afterOther))
            {
                (lastMonth, lastDay) = (otherMonth, otherDay);
                k = afterOther;
            }

            return Finish(i, ref k, month, day, lastMonth, lastDay, out hit);
        }

        /// <summary>Adds the year (written, relative, or inferred from the publication date) and checks the calendar.</summary>
        private bool Finish(int i, ref int k, int month, int day, int lastMonth, int lastDay, out Hit hit)
        {
            hit = default;
            if (!TryYearAfter(ref k, out var year))
            {
                if (published is not { } date)
                {
                    return false;
                }

                year = YearOfDay(date, month, day, IsFutureAt(i, k));
            }

            if (!IsValid(year, month, day))
            {
                return false;
            }

            PartialDate? last = null;
            if (lastDay > 0)
            {
                var lastYear = lastMonth < month ? year + 1 : year;
                if (!IsValid(lastYear, lastMonth, lastDay))
                {
                    return false;
                }

                last = new PartialDate(lastYear, lastMonth, lastDay);
            }

            hit = new Hit(k, new PartialDate(year, month, day), last);
            return true;
        }

        /// <summary>", 2024", " 2024", "this year", "of last year" after a day and month.</summary>
        private bool TryYearAfter(ref int k, out int year)
        {
            year = 0;
            if (IsPunct(k, ',') && IsYear(k + 1, out year))
            {
                k += 2;
                return true;
            }

            if (IsYear(k, out year))
            {
                k++;
                return true;
            }

            var of = Is(k, Lexeme.Of) ? 1 : 0;
            if (published is { } date && RelativeStep(k + of) is { } step && Is(k + of + 1, Lexeme.YearUnit) && p[k + of + 1].Value == 0)
            {
                year = date.Year + step;
                k += of + 2;
                return true;
            }

            return false;
        }

        private bool TryIsoDate(int i, out Hit hit)
        {
            hit = default;
            if (p[i].Kind != PieceKind.IsoDate)
            {
                return false;
            }

            var packed = p[i].Value;
            hit = new Hit(i + 1, new PartialDate(packed / 10000, packed / 100 % 100, packed % 100), null);
            return true;
        }

        // ---- Months and years -----------------------------------------------------------------------------

        /// <summary>
        /// "in March", "March 2024", "March of last year", "last December", "late January", "mid-February",
        /// "the end of March", "early 2020", "the end of the year", and the spans "before the end of the year",
        /// "by the end of November" (from publication to that end).
        /// </summary>
        private bool TryMonthOrPeriod(int i, out Hit hit)
        {
            hit = default;
            var k = i;
            var modifier = Lexeme.None;
            var toEnd = false;
            if (Is(k, Lexeme.By) || Is(k, Lexeme.Before) || Is(k, Lexeme.Until))
            {
                k += Is(k + 1, Lexeme.The) ? 2 : 1;
                if (!Is(k, Lexeme.End) || !Is(k + 1, Lexeme.Of))
                {
                    return false;
                }

                modifier = Lexeme.End;
                toEnd = true;
                k += 2;
            }
            else if (Is(k, Lexeme.The) && IsPeriodEdge(k + 1) && Is(k + 2, Lexeme.Of))
            {
                modifier = p[k + 1].Lexeme;
                k += 3;
            }
            else if (IsPeriodEdge(k) && Is(k + 1, Lexeme.Of))
            {
                modifier = p[k].Lexeme;
                k += 2;
            }
            else if (Is(k, Lexeme.Early) || Is(k, Lexeme.Late) || Is(k, Lexeme.Mid))
            {
                modifier = p[k].Lexeme;
                k++;
                if (modifier == Lexeme.Mid && IsPunct(k, '-'))
                {
                    k++;
                }
            }
            else if (Is(k, Lexeme.Last) || Is(k, Lexeme.This) || Is(k, Lexeme.Next))
            {
                modifier = p[k].Lexeme;
                k++;
            }
            else if (Is(k, Lexeme.That) && storyYear is not null)
            {
                modifier = Lexeme.That;
                k++;
            }

            PartialDate target;
            if (modifier == Lexeme.That && Is(k, Lexeme.YearUnit) && p[k].Value == 0)
            {
                // "later that year": the story's year.
                target = new PartialDate(storyYear!.Value);
                k++;
            }
            else if (IsMonth(k, out var month, out var afterMonth))
            {
                if (!TryMonthTarget(i, k, month, afterMonth, modifier, toEnd, out target, out k))
                {
                    return false;
                }
            }
            else if (modifier is Lexeme.Early or Lexeme.Late or Lexeme.Mid or Lexeme.End or Lexeme.Beginning or Lexeme.Middle)
            {
                if (IsYear(k, out var year))
                {
                    // "late 2023" stays a year; "the end of 2023" and "the beginning of 2023" point at a month.
                    target = modifier switch
                    {
                        Lexeme.End => new PartialDate(year, 12),
                        Lexeme.Beginning => new PartialDate(year, 1),
                        _ => new PartialDate(year),
                    };
                    k++;
                }
                else if (modifier is Lexeme.End or Lexeme.Beginning or Lexeme.Middle && published is { } date
                    && (Is(k, Lexeme.The) || Is(k, Lexeme.This)) && (Is(k + 1, Lexeme.YearUnit) || Is(k + 1, Lexeme.MonthUnit)) && p[k + 1].Value == 0)
                {
                    // "the end of the year", "the end of this month": the publication's year or month.
                    var isYear = Is(k + 1, Lexeme.YearUnit);
                    target = (modifier, isYear) switch
                    {
                        (Lexeme.End, true) => new PartialDate(date.Year, 12),
                        (Lexeme.Beginning, true) => new PartialDate(date.Year, 1),
                        (_, true) => new PartialDate(date.Year),
                        _ => new PartialDate(date.Year, date.Month),
                    };
                    k += 2;
                }
                else
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            if (toEnd && published is { } from && target.Last >= from)
            {
                hit = new Hit(k, PartialDate.Of(from), PartialDate.Of(target.Last));
                return true;
            }

            if (toEnd)
            {
                // "by the end of 2019" in the past: the words "by the" are not part of the date.
                return false;
            }

            hit = new Hit(k, target, null);
            return true;
        }

        /// <summary>The month after its modifier, with its year written ("March 2024", "March of last year") or inferred.</summary>
        private bool TryMonthTarget(int i, int k, int month, int afterMonth, Lexeme modifier, bool deadline, out PartialDate target, out int end)
        {
            target = default;
            end = afterMonth;
            var monthPiece = p[k];
            var hasYear = TryMonthYear(ref end, out var year);
            if (monthPiece.Abbreviation && !hasYear)
            {
                // "Dec." alone is too likely to be something else; abbreviations need a day or a year.
                return false;
            }

            if (!hasYear && modifier == Lexeme.None && !IsMonthContext(k - 1))
            {
                // "May" and "March" are words as well as months; "April" and "June" are names.
                if (IsAmbiguousMonth(monthPiece) || (end < p.Length && p[end].Kind == PieceKind.Word && p[end].Capitalized))
                {
                    return false;
                }
            }

            if (!hasYear)
            {
                if (published is not { } date)
                {
                    return false;
                }

                year = modifier switch
                {
                    Lexeme.Last => month < date.Month ? date.Year : date.Year - 1,
                    Lexeme.Next => month > date.Month ? date.Year : date.Year + 1,
                    Lexeme.This => date.Year,
                    Lexeme.That => storyYear!.Value,
                    // A deadline ("by the end of November") looks forward even when reported in the past.
                    _ => YearOfMonth(date, month, deadline || IsFutureAt(i, end)),
                };
            }

            target = new PartialDate(year, month);
            return true;
        }

        /// <summary>"March 2024", "March, 2024", "March of 2023", "October in 2021", "March of last year".</summary>
        private bool TryMonthYear(ref int k, out int year)
        {
            if (IsYear(k, out year))
            {
                k++;
                return true;
            }

            if ((IsPunct(k, ',') || Is(k, Lexeme.Of) || Is(k, Lexeme.In)) && IsYear(k + 1, out year))
            {
                k += 2;
                return true;
            }

            if (Is(k, Lexeme.Of) && published is { } date && RelativeStep(k + 1) is { } step && Is(k + 2, Lexeme.YearUnit) && p[k + 2].Value == 0)
            {
                year = date.Year + step;
                k += 3;
                return true;
            }

            return false;
        }

        /// <summary>
        /// A year with words around it that make it one: "in 2019", "since 2016", "from 2019 to 2021", "the
        /// second half of 2024", "2023's". A bare four-digit number is too often a count.
        /// </summary>
        private bool TryYear(int i, out Hit hit)
        {
            hit = default;
            if (!IsYear(i, out var year))
            {
                return false;
            }

            var before = i - 1;
            var inContext = Is(before, Lexeme.In) || Is(before, Lexeme.Since) || Is(before, Lexeme.By) || Is(before, Lexeme.Until)
                || Is(before, Lexeme.From) || Is(before, Lexeme.Before) || Is(before, Lexeme.After) || Is(before, Lexeme.During)
                || Is(before, Lexeme.Through) || Is(before, Lexeme.Between)
                || (Is(before, Lexeme.Of) && Is(before - 1, Lexeme.PeriodPart))
                || (IsApostrophe(i + 1) && IsWord(i + 2, "s"));
            if (!inContext || IsPluralNoun(i + 1))
            {
                return false;
            }

            var k = i + 1;
            PartialDate? last = null;
            if ((IsDash(k) || Is(k, Lexeme.To) || Is(k, Lexeme.Through) || Is(k, Lexeme.Until) || Is(k, Lexeme.And))
                && IsYear(k + 1, out var lastYear) && lastYear > year)
            {
                last = new PartialDate(lastYear);
                k += 2;
            }

            hit = new Hit(k, new PartialDate(year), last);
            return true;
        }

        // ---- Weekdays and relative dates ------------------------------------------------------------------

        /// <summary>"Monday", "last Friday", "this Monday", "next Tuesday", "from Sunday to Wednesday".</summary>
        private bool TryWeekday(int i, out Hit hit)
        {
            hit = default;
            if (published is not { } date)
            {
                return false;
            }

            var k = i;
            var modifier = Lexeme.None;
            if (Is(k, Lexeme.Last) || Is(k, Lexeme.This) || Is(k, Lexeme.Next))
            {
                modifier = p[k].Lexeme;
                k++;
            }

            if (!Is(k, Lexeme.Weekday))
            {
                return false;
            }

            var weekday = (DayOfWeek)p[k].Value;
            k++;
            var lastWeekday = (DayOfWeek?)null;
            if ((IsDash(k) || Is(k, Lexeme.To) || Is(k, Lexeme.Through) || Is(k, Lexeme.Until)) && Is(k + 1, Lexeme.Weekday))
            {
                lastWeekday = (DayOfWeek)p[k + 1].Value;
                k += 2;
            }
            else if (Is(k, Lexeme.And) && Is(k + 1, Lexeme.Weekday) && p[k + 1].Value == ((int)weekday + 1) % 7)
            {
                // "Monday and Tuesday" is a span only when the days follow each other.
                lastWeekday = (DayOfWeek)p[k + 1].Value;
                k += 2;
            }

            var start = modifier switch
            {
                Lexeme.Last => Before(date, weekday, strictly: true),
                Lexeme.Next => After(date, weekday, strictly: true),
                _ => IsFutureAt(i, k) ? After(date, weekday, strictly: false) : Before(date, weekday, strictly: false),
            };
            PartialDate? last = null;
            if (lastWeekday is { } endDay)
            {
                var length = ((int)endDay - (int)weekday + 7) % 7;
                last = PartialDate.Of(start.AddDays(length == 0 ? 7 : length));
            }

            hit = new Hit(k, PartialDate.Of(start), last);
            return true;
        }

        /// <summary>
        /// "today", "tonight", "earlier today", "yesterday", "tomorrow", "last night", "this morning",
        /// "the previous day", "the day before", "the day before yesterday".
        /// </summary>
        private bool TryRelativeDay(int i, out Hit hit)
        {
            hit = default;
            if (published is not { } date)
            {
                return false;
            }

            var k = i;
            if ((Is(k, Lexeme.Earlier) || Is(k, Lexeme.Later)) && (Is(k + 1, Lexeme.Today) || Is(k + 1, Lexeme.Tonight)))
            {
                k++;
            }

            int? shift = p[k].Lexeme switch
            {
                Lexeme.Today or Lexeme.Tonight => 0,
                Lexeme.Yesterday => -1,
                Lexeme.Tomorrow => 1,
                _ => null,
            };
            if (shift is { } days && p[k].Kind == PieceKind.Word)
            {
                hit = new Hit(k + 1, PartialDate.Of(date.AddDays(days)), null);
                return true;
            }

            if (Is(i, Lexeme.Last) && Is(i + 1, Lexeme.TimeOfDay) && p[i + 1].Value == 4)
            {
                hit = new Hit(i + 2, PartialDate.Of(date.AddDays(-1)), null);
                return true;
            }

            if (Is(i, Lexeme.This) && Is(i + 1, Lexeme.TimeOfDay) && p[i + 1].Value < 4)
            {
                hit = new Hit(i + 2, PartialDate.Of(date), null);
                return true;
            }

            if (!Is(i, Lexeme.The))
            {
                return false;
            }

            if (Is(i + 1, Lexeme.Previous) && Is(i + 2, Lexeme.DayUnit) && p[i + 2].Value == 0)
            {
                hit = new Hit(i + 3, PartialDate.Of(date.AddDays(-1)), null);
                return true;
            }

            if (!Is(i + 1, Lexeme.DayUnit) || p[i + 1].Value != 0)
            {
                return false;
            }

            if (Is(i + 2, Lexeme.Before) && Is(i + 3, Lexeme.Yesterday))
            {
                hit = new Hit(i + 4, PartialDate.Of(date.AddDays(-2)), null);
                return true;
            }

            if (Is(i + 2, Lexeme.After) && Is(i + 3, Lexeme.Tomorrow))
            {
                hit = new Hit(i + 4, PartialDate.Of(date.AddDays(2)), null);
                return true;
            }

            if (Is(i + 2, Lexeme.Before) && !StartsNounPhrase(i + 3))
            {
                // "the day before the vote" counts from the vote; "left the day before" counts from today.
                hit = new Hit(i + 3, PartialDate.Of(date.AddDays(-1)), null);
                return true;
            }

            return false;
        }

        /// <summary>
        /// "last week", "this week", "earlier this month", "later this year", "next month", "last year",
        /// "over the weekend", "this weekend".
        /// </summary>
        private bool TryRelativePeriod(int i, out Hit hit)
        {
            hit = default;
            if (published is not { } date)
            {
                return false;
            }

            var k = i;
            var shade = Lexeme.None;
            if (Is(k, Lexeme.Earlier) || Is(k, Lexeme.Later) || Is(k, Lexeme.Early) || Is(k, Lexeme.Late))
            {
                shade = p[k].Lexeme;
                k++;
            }

            int step;
            if (RelativeStep(k) is { } relative && !(Is(k, Lexeme.Last) && p[k].Value == 1))
            {
                // "past" reads as "last" before a weekday, but "the past week" is a rolling window, not a date.
                step = relative;
                k++;
            }
            else if (shade == Lexeme.None && Is(k, Lexeme.The) && Is(k + 1, Lexeme.Weekend)
                && (Is(k - 1, Lexeme.Over) || Is(k - 1, Lexeme.At) || Is(k - 1, Lexeme.During) || Is(k - 1, Lexeme.On)))
            {
                step = 0;
                k++;
            }
            else
            {
                return false;
            }

            if (k >= p.Length || p[k].Kind != PieceKind.Word || p[k].Value != 0)
            {
                return false;
            }

            var unit = p[k].Lexeme;
            k++;
            switch (unit)
            {
                case Lexeme.YearUnit:
                    hit = new Hit(k, new PartialDate(date.Year + step), null);
                    return true;
                case Lexeme.MonthUnit:
                    var month = new DateOnly(date.Year, date.Month, 1).AddMonths(step);
                    hit = new Hit(k, new PartialDate(month.Year, month.Month), null);
                    return true;
                case Lexeme.WeekUnit:
                    hit = WeekSpan(i, k, date, step, shade);
                    return true;
                case Lexeme.Weekend:
                    hit = WeekendSpan(i, k, date, step);
                    return true;
                default:
                    return false;
            }
        }

        private Hit WeekSpan(int i, int k, DateOnly date, int step, Lexeme shade)
        {
            var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            if (step != 0)
            {
                var first = monday.AddDays(7 * step);
                return new Hit(k, PartialDate.Of(first), PartialDate.Of(first.AddDays(6)));
            }

            // This week so far in a report, the rest of it in an announcement.
            var ahead = shade == Lexeme.Later || (shade != Lexeme.Earlier && IsFutureAt(i, k));
            return ahead
                ? new Hit(k, PartialDate.Of(date), PartialDate.Of(monday.AddDays(6)))
                : new Hit(k, PartialDate.Of(monday), PartialDate.Of(date));
        }

        private Hit WeekendSpan(int i, int k, DateOnly date, int step)
        {
            DateOnly saturday;
            if (step > 0 || (step == 0 && IsFutureAt(i, k)))
            {
                saturday = After(date, DayOfWeek.Saturday, strictly: step > 0);
            }
            else
            {
                // The weekend just gone; on a Saturday or Sunday "last weekend" is the one before.
                saturday = Before(date, DayOfWeek.Saturday, strictly: false);
                if (step < 0 && date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    saturday = saturday.AddDays(-7);
                }
            }

            return new Hit(k, PartialDate.Of(saturday), PartialDate.Of(saturday.AddDays(1)));
        }

        /// <summary>
        /// "the same day", "the following day", "the next day", "the previous day", "a day later", "two days later", "a
        /// week later", "a day earlier": counted from the last day the story dated, not from publication.
        /// </summary>
        private bool TryStoryDay(int i, out Hit hit)
        {
            if (TryDaysLater(i, out hit))
            {
                return true;
            }

            // "Canada announced tariffs on the same day", after "a first batch taking effect on April 1": a day still to
            // come is no day a report in the past tense counts from.
            var last = found.Count - 1;
            while (last >= 0 && (found[last].Precision != DatePrecision.Day
                || (published is { } today && found[last].Start.First > today && !IsFutureAt(i, Math.Min(i + 3, p.Length)))))
            {
                last--;
            }

            if (last < 0)
            {
                return false;
            }

            var day = found[last].Start.First;
            if (Is(i, Lexeme.The) && Is(i + 2, Lexeme.DayUnit) && p[i + 2].Value == 0)
            {
                int? offset = IsWord(i + 1, "same") ? 0
                    : IsWord(i + 1, "following") || Is(i + 1, Lexeme.Next) ? 1
                    : Is(i + 1, Lexeme.Previous) ? -1
                    : null;
                if (offset is { } days)
                {
                    hit = new Hit(i + 3, PartialDate.Of(day.AddDays(days)), null);
                    return true;
                }

                return false;
            }

            var count = p[i].Kind == PieceKind.Number && p[i].Value is > 0 and < 100 ? p[i].Value
                : Is(i, Lexeme.NumberWord) ? p[i].Value : 0;
            // "a day earlier", "two weeks earlier" count back from that day as "later" counts forward.
            if (count == 0 || !(Is(i + 2, Lexeme.Later) || Is(i + 2, Lexeme.Earlier)))
            {
                return false;
            }

            var step = Is(i + 1, Lexeme.DayUnit) ? 1 : Is(i + 1, Lexeme.WeekUnit) ? 7 : 0;
            if (step == 0)
            {
                return false;
            }

            var direction = Is(i + 2, Lexeme.Earlier) ? -1 : 1;
            hit = new Hit(i + 3, PartialDate.Of(day.AddDays(direction * step * count)), null);
            return true;
        }

        /// <summary>
        /// "Meng was arrested in December 2018. Days later, Chinese authorities detained Kovrig": an uncounted few days
        /// after the last date the story gave fall in its month, when that date is a month or a day; the day itself is
        /// not known.
        /// </summary>
        private bool TryDaysLater(int i, out Hit hit)
        {
            hit = default;
            if (!(Is(i, Lexeme.DayUnit) && p[i].Value == 1 && Is(i + 1, Lexeme.Later)) || found.Count == 0
                || found[^1].Precision is not (DatePrecision.Month or DatePrecision.Day))
            {
                return false;
            }

            var start = found[^1].Start;
            hit = new Hit(i + 2, new PartialDate(start.Year, start.Month), null);
            return true;
        }

        /// <summary>"three days ago", "a week ago", "two months ago", "a year ago".</summary>
        private bool TryAgo(int i, out Hit hit)
        {
            hit = default;
            if (published is not { } date || !Is(i + 2, Lexeme.Ago))
            {
                return false;
            }

            var count = p[i].Kind == PieceKind.Number && p[i].Value is > 0 and < 100 ? p[i].Value
                : Is(i, Lexeme.NumberWord) ? p[i].Value : 0;
            if (count == 0)
            {
                return false;
            }

            var k = i + 3;
            switch (p[i + 1].Lexeme)
            {
                case Lexeme.DayUnit:
                    hit = new Hit(k, PartialDate.Of(date.AddDays(-count)), null);
                    return true;
                case Lexeme.WeekUnit:
                    hit = new Hit(k, PartialDate.Of(date.AddDays(-7 * count)), null);
                    return true;
                case Lexeme.MonthUnit:
                    var month = new DateOnly(date.Year, date.Month, 1).AddMonths(-count);
                    hit = new Hit(k, new PartialDate(month.Year, month.Month), null);
                    return true;
                case Lexeme.YearUnit:
                    hit = new Hit(k, new PartialDate(date.Year - count), null);
                    return true;
                default:
                    return false;
            }
        }

        // ---- Tense ----------------------------------------------------------------------------------------

        /// <summary>Whether the date at pieces [first, end) points forward, by the tense cue nearest to it.</summary>
        private bool IsFutureAt(int first, int end) =>
            TenseCue.IsFutureNear(sentence.Span(body), p[first].Start - sentence.Start, p[end - 1].End - sentence.Start);

        // ---- Piece tests ----------------------------------------------------------------------------------

        private ReadOnlySpan<char> TextOf(int k) => body.AsSpan(p[k].Start, p[k].End - p[k].Start);

        private bool Is(int k, Lexeme lexeme) => k >= 0 && k < p.Length && p[k].Kind == PieceKind.Word && p[k].Lexeme == lexeme;

        private bool IsWord(int k, string text) =>
            k >= 0 && k < p.Length && p[k].Kind == PieceKind.Word && TextOf(k).Equals(text, StringComparison.OrdinalIgnoreCase);

        private bool IsPunct(int k, char c) => k >= 0 && k < p.Length && p[k].Kind == PieceKind.Punctuation && p[k].Value == c;

        private bool IsDash(int k) => IsPunct(k, '-') || IsPunct(k, '\u2013') || IsPunct(k, '\u2014');

        private bool IsApostrophe(int k) => IsPunct(k, '\'') || IsPunct(k, '\u2019');

        private bool IsRangeWord(int k) =>
            IsDash(k) || Is(k, Lexeme.To) || Is(k, Lexeme.And) || Is(k, Lexeme.Through) || Is(k, Lexeme.Until);

        private bool IsPeriodEdge(int k) => Is(k, Lexeme.End) || Is(k, Lexeme.Beginning) || Is(k, Lexeme.Middle);

        /// <summary>A month name, with the period of an abbreviation ("Feb.") read as part of it.</summary>
        private bool IsMonth(int k, out int month, out int after)
        {
            month = 0;
            after = k;
            if (!Is(k, Lexeme.Month))
            {
                return false;
            }

            month = p[k].Value;
            after = k + 1;
            if (p[k].Abbreviation && IsPunct(after, '.') && p[after].Start == p[k].End)
            {
                after++;
            }

            return true;
        }

        private bool IsDay(int k, out int day)
        {
            day = 0;
            if (k < 0 || k >= p.Length || p[k].Kind is not (PieceKind.Number or PieceKind.Ordinal) || p[k].Value is < 1 or > 31)
            {
                return false;
            }

            var digits = p[k].Kind == PieceKind.Number ? p[k].End - p[k].Start : 2;
            if (digits > 2)
            {
                return false;
            }

            day = p[k].Value;
            return true;
        }

        private bool IsYear(int k, out int year)
        {
            year = 0;
            if (k < 0 || k >= p.Length || p[k].Kind != PieceKind.Number || p[k].End - p[k].Start != 4 || !IsPlausibleYear(p[k].Value))
            {
                return false;
            }

            year = p[k].Value;
            return true;
        }

        /// <summary>-1 for "last"/"past", 0 for "this", +1 for "next"/"coming"; null otherwise.</summary>
        private int? RelativeStep(int k) =>
            Is(k, Lexeme.Last) ? -1 : Is(k, Lexeme.This) ? 0 : Is(k, Lexeme.Next) ? 1 : null;

        /// <summary>Words before a bare "May" or "March" that make it a month: "in May", "since March", "of March".</summary>
        private bool IsMonthContext(int k) =>
            Is(k, Lexeme.In) || Is(k, Lexeme.Since) || Is(k, Lexeme.Until) || Is(k, Lexeme.By) || Is(k, Lexeme.From)
            || Is(k, Lexeme.During) || Is(k, Lexeme.Before) || Is(k, Lexeme.After) || Is(k, Lexeme.Of) || Is(k, Lexeme.Through)
            || Is(k, Lexeme.Between);

        private static bool IsAmbiguousMonth(in Piece piece) => !piece.Abbreviation && piece.Value is 3 or 5;

        /// <summary>"in 2000 villages": a lower-case plural noun after the number makes it a count.</summary>
        private bool IsPluralNoun(int k)
        {
            if (k >= p.Length || p[k].Kind != PieceKind.Word || p[k].Capitalized || p[k].Lexeme != Lexeme.None)
            {
                return false;
            }

            var word = TextOf(k);
            return word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
                && !word.Equals("was", StringComparison.Ordinal) && !word.Equals("has", StringComparison.Ordinal)
                && !word.Equals("thus", StringComparison.Ordinal) && !word.Equals("whereas", StringComparison.Ordinal)
                && !word.Equals("unless", StringComparison.Ordinal) && !word.Equals("as", StringComparison.Ordinal);
        }

        /// <summary>"the day before the vote": a determiner, a number or a name opens a noun phrase.</summary>
        private bool StartsNounPhrase(int k) =>
            k < p.Length && (p[k].Kind is PieceKind.Number or PieceKind.Quantity
                || (p[k].Kind == PieceKind.Word && (p[k].Capitalized || p[k].Lexeme is Lexeme.The or Lexeme.Determiner or Lexeme.NumberWord
                    or Lexeme.This or Lexeme.Month or Lexeme.Weekday or Lexeme.Yesterday)));

        // ---- Calendar -------------------------------------------------------------------------------------

        private static bool IsValid(int year, int month, int day) =>
            IsPlausibleYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

        /// <summary>
        /// The year of a day written without one: the publication year, except that a report is not about a day
        /// weeks after publication (so it is last year's) and an announcement is not about a day more than half a
        /// year gone (so it is next year's). A day just after publication in a sentence without a future cue is
        /// usually a plan told in the present ("visit on January 15-17" in a headline); a future sentence may still
        /// name a recent day ("hostages taken in the October 7 attack").
        /// </summary>
        private static int YearOfDay(DateOnly published, int month, int day, bool future)
        {
            var year = published.Year;
            if (day > DateTime.DaysInMonth(year, month))
            {
                // 29 February outside a leap year: try the neighbour the rule would pick.
                return future ? year + 1 : year - 1;
            }

            var candidate = new DateOnly(year, month, day);
            if (!future && candidate.DayNumber > published.DayNumber + 31)
            {
                return year - 1;
            }

            return future && candidate.DayNumber < published.DayNumber - 183 ? year + 1 : year;
        }

        /// <summary>The year of a month written without one, by the same rule as <see cref="YearOfDay"/>.</summary>
        private static int YearOfMonth(DateOnly published, int month, bool future) =>
            !future && month > published.Month ? published.Year - 1
            : future && month < published.Month ? published.Year + 1
            : published.Year;

        private static DateOnly Before(DateOnly date, DayOfWeek weekday, bool strictly)
        {
            var back = ((int)date.DayOfWeek - (int)weekday + 7) % 7;
            return date.AddDays(-(back == 0 && strictly ? 7 : back));
        }

        private static DateOnly After(DateOnly date, DayOfWeek weekday, bool strictly)
        {
            var ahead = ((int)weekday - (int)date.DayOfWeek + 7) % 7;
            return date.AddDays(ahead == 0 && strictly ? 7 : ahead);
        }
    }
}
