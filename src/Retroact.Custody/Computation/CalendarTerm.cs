using System.Runtime.CompilerServices;
using NodaTime;

namespace Retroact.Custody.Computation;

/// <summary>
/// Calendar arithmetic for terms counted in months. Convention (docs/custody.md, "Month ends"): a term of N months
/// that starts on day d ends the day before the corresponding day d of the Nth month after; when that month has no
/// day d (Jan 31 + 1 month), the period ends on the last day of that month, i.e. the next period starts on the 1st
/// of the month after. NodaTime's <see cref="LocalDate.PlusMonths"/> instead truncates to the month's last day,
/// which would end a 1-month term begun Jan 31 on Feb 27; this convention ends it on Feb 28 (Feb 29 in a leap year).
/// </summary>
public static class CalendarTerm
{
    /// <summary>
    /// The first day after <paramref name="months"/> whole months counted from <paramref name="start"/>: the
    /// corresponding day, or the 1st of the following month when the target month is too short.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    public static LocalDate MonthsLater(LocalDate start, int months) => DayNumbers.ToDate(MonthsLater(CalendarDay.Of(start), months));

    /// <summary>
    /// The last day of a term that starts on <paramref name="start"/> (its first day): a 12-month term from Jan 1
    /// ends Dec 31. Life terms have no last day.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="term"/> is life.</exception>
    public static LocalDate LastDay(LocalDate start, SentenceTerm term) => DayNumbers.ToDate(LastDay(CalendarDay.Of(start), term));

    /// <summary>Days from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public static int DaysFrom(LocalDate start, LocalDate end) => DayNumbers.Of(end) - DayNumbers.Of(start);

    /// <summary>The day number of <see cref="MonthsLater(LocalDate, int)"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int MonthsLater(in CalendarDay start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        var (first, length) = DayNumbers.Month(start.Year, start.Month - 1 + months);

        // The corresponding day; in a month too short for it, the day after the month's last day.
        return first + Math.Min(start.Day, length + 1) - 1;
    }

    /// <summary>The day number of <see cref="LastDay(LocalDate, SentenceTerm)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="term"/> is life.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int LastDay(in CalendarDay start, SentenceTerm term)
    {
        if (term.IsLife)
        {
            throw new ArgumentException("A life term has no last day.", nameof(term));
        }

        return MonthsLater(start, term.Months) + term.Days - 1;
    }
}
