using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Retroact.Custody.Computation;

/// <summary>
/// Dates as whole day numbers on the <see cref="DateOnly.DayNumber"/> scale (days since Jan 1 of year 1, proleptic
/// Gregorian), so the computation adds, subtracts and compares days as integers rather than through NodaTime's calendar
/// machinery (a <see cref="LocalDate.PlusDays"/> across months costs tens of nanoseconds). NodaTime stays the type of
/// every public date: dates are converted at the edges. Years 1 to 9999, as <see cref="DateOnly"/>.
/// </summary>
public static class DayNumbers
{
    /// <summary>The value stored for "no date" (life).</summary>
    public const int None = int.MinValue;

    // The first day of every month from January 1800 to January 2400, so that counting months from a day in that range is a
    // table look-up (the batch path counts them several times a plan); other years are computed.
    private const int FirstTableYear = 1800;
    private const int TableMonths = 600 * 12;
    private static readonly int[] MonthStarts = BuildMonthStarts();

    /// <summary>The day number of <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/>, a valid date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(int year, int month, int day)
    {
        var before = (uint)(year - 1);
        if (before >= 9999)
        {
            ThrowYearOutOfRange(year);
        }

        var leapDay = month > 2 && DateTime.IsLeapYear(year) ? 1 : 0;
        return (int)((365 * before) + (before / 4) - (before / 100) + (before / 400)) + DaysBeforeMonth[month - 1] + leapDay + day - 1;
    }

    /// <summary>The day number of <paramref name="date"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(LocalDate date) => Of(date.Year, date.Month, date.Day);

    /// <summary>The day number of <paramref name="date"/>, or <see cref="None"/>.</summary>
    public static int Of(LocalDate? date) => date is { } d ? Of(d) : None;

    /// <summary>The date of a day number.</summary>
    public static LocalDate ToDate(int dayNumber)
    {
        DateOnly.FromDayNumber(dayNumber).Deconstruct(out var year, out var month, out var day);
        return new LocalDate(year, month, day);
    }

    /// <summary>The date of a day number, or <c>null</c> for <see cref="None"/>.</summary>
    public static LocalDate? ToDateOrNull(int dayNumber) => dayNumber == None ? null : ToDate(dayNumber);

    /// <summary>
    /// The first day (a day number) and the length in days of the month <paramref name="monthsAfter"/> months after January of
    /// <paramref name="year"/> (0: that January).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (int First, int Length) Month(int year, int monthsAfter)
    {
        var index = ((year - FirstTableYear) * 12) + monthsAfter;
        if ((uint)index < TableMonths)
        {
            var first = MonthStarts[index];
            return (first, MonthStarts[index + 1] - first);
        }

        var targetYear = year + (monthsAfter / 12);
        var month = (monthsAfter % 12) + 1;
        return (Of(targetYear, month, 1), DaysInMonth(targetYear, month));
    }

    /// <summary>Days in <paramref name="month"/> of <paramref name="year"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DaysInMonth(int year, int month) =>
        month == 2 ? (DateTime.IsLeapYear(year) ? 29 : 28) : DaysBeforeMonth[month] - DaysBeforeMonth[month - 1];

    /// <summary>True on a Saturday or a Sunday: day number 0 (Jan 1 of year 1) was a Monday, so the weekday repeats every 7.</summary>
    public static bool IsWeekend(int dayNumber) => (uint)dayNumber % 7 >= 5;

    private static int[] BuildMonthStarts()
    {
        var starts = new int[TableMonths + 1];
        for (var i = 0; i <= TableMonths; i++)
        {
            starts[i] = Of(FirstTableYear + (i / 12), (i % 12) + 1, 1);
        }

        return starts;
    }

    [DoesNotReturn]
    private static void ThrowYearOutOfRange(int year) =>
        throw new ArgumentOutOfRangeException(nameof(year), year, "Day numbers cover the years 1 to 9999.");

    // Days before each month of a common year, and a 13th entry for December's length (365).
    private static ReadOnlySpan<int> DaysBeforeMonth => [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
}
