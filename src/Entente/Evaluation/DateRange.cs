namespace Entente.Evaluation;

/// <summary>The first and last day a date or span written <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> covers.</summary>
internal readonly record struct DateRange(DateOnly First, DateOnly Last)
{
    /// <summary>
    /// score.py's <c>parse_range(d, end)</c>: null when the date is falsy or does not parse; the end widens the range
    /// only when it parses and does not end before the start.
    /// </summary>
    public static DateRange? Parse(PythonValue? date, PythonValue? end = null)
    {
        if (date is null || !date.IsTruthy)
        {
            return null;
        }

        var start = Bounds(date);
        if (start is not { } first)
        {
            return null;
        }

        if (end is not null && end.IsTruthy && Bounds(end) is { } last && last.Last >= first.First)
        {
            return new DateRange(first.First, last.Last);
        }

        return first;
    }

    /// <summary>Whether this range overlaps <paramref name="gold"/> widened by one day on each side.</summary>
    public bool OverlapsWithinOneDay(DateRange gold) =>
        Last.DayNumber >= gold.First.DayNumber - 1 && First.DayNumber <= gold.Last.DayNumber + 1;

    // score.py's bounds(s): the text's first ten characters split on '-'; a ValueError (bad number, day or month) is null.
    private static DateRange? Bounds(PythonValue value)
    {
        var parts = PythonText.Head(value.Str(), 10).Split('-');
        var numbers = new long[Math.Min(parts.Length, 3)];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!PythonText.TryParseInt(parts[i], out var number) || number < int.MinValue || number > int.MaxValue)
            {
                return null;
            }

            numbers[i] = (long)number;
        }

        switch (numbers.Length)
        {
            case 1:
                return Valid(numbers[0], 1, 1) ? new DateRange(new DateOnly((int)numbers[0], 1, 1), new DateOnly((int)numbers[0], 12, 31)) : null;
            case 2:
                var (year, month) = (numbers[0], numbers[1]);
                // The day after the month must exist too: December 9999 fails in Python as it does here.
                var nextYear = year + (month == 12 ? 1 : 0);
                var nextMonth = (month % 12) + 1;
                if (!Valid(year, month, 1) || !Valid(nextYear, nextMonth, 1))
                {
                    return null;
                }

                var firstDay = new DateOnly((int)year, (int)month, 1);
                return new DateRange(firstDay, new DateOnly((int)nextYear, (int)nextMonth, 1).AddDays(-1));
            default:
                return Valid(numbers[0], numbers[1], numbers[2])
                    ? new DateRange(new DateOnly((int)numbers[0], (int)numbers[1], (int)numbers[2]), new DateOnly((int)numbers[0], (int)numbers[1], (int)numbers[2]))
                    : null;
        }
    }

    private static bool Valid(long year, long month, long day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth((int)year, (int)month);
}
