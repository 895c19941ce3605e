using NodaTime;
using PublicHoliday;
using Retroact.Custody.Computation;

namespace Retroact.Custody.Release;

/// <summary>
/// Federal legal holidays as observed (5 U.S.C. §6103: a Saturday holiday is observed the Friday before, a Sunday
/// holiday the Monday after), from the maintained PublicHoliday library's U.S. federal calendar. The library speaks
/// <see cref="DateTime"/>; this class converts at its edge and caches the years 1900–2299 as one bit per day, filled a
/// year at a time on first use, so a lookup is a few instructions and allocates nothing once its year is filled. Other
/// years are asked of the library each time. Thread-safe.
/// </summary>
public sealed class FederalHolidays
{
    private const int FirstCachedYear = 1900;
    private const int CachedYears = 400;
    private const int CachedDays = 146_097; // 400 Gregorian years
    private static readonly int FirstCachedDay = DayNumbers.Of(FirstCachedYear, 1, 1);

    private readonly ulong[] _holidays = new ulong[(CachedDays + 63) / 64];
    private readonly bool[] _wordFilled = new bool[(CachedDays + 63) / 64];
    private readonly bool[] _yearFilled = new bool[CachedYears];
    private readonly Lock _fill = new();

    /// <summary>The one shared calendar.</summary>
    public static FederalHolidays Instance { get; } = new();

    /// <summary>True when <paramref name="date"/> is a federal legal holiday as observed (the day offices close).</summary>
    public bool IsHoliday(LocalDate date) => IsHoliday(DayNumbers.Of(date));

    /// <summary>
    /// <paramref name="date"/> itself when it is a weekday and not a holiday; otherwise the last preceding weekday
    /// that is not a holiday (18 U.S.C. §3624(a)).
    /// </summary>
    public LocalDate LastWorkdayOnOrBefore(LocalDate date) => DayNumbers.ToDate(LastWorkdayOnOrBefore(DayNumbers.Of(date)));

    /// <summary><see cref="LastWorkdayOnOrBefore(LocalDate)"/> on day numbers.</summary>
    internal int LastWorkdayOnOrBefore(int dayNumber)
    {
        while (DayNumbers.IsWeekend(dayNumber) || IsHoliday(dayNumber))
        {
            dayNumber--;
        }

        return dayNumber;
    }

    private bool IsHoliday(int dayNumber)
    {
        var offset = dayNumber - FirstCachedDay;
        if ((uint)offset >= CachedDays)
        {
            var year = DateOnly.FromDayNumber(dayNumber).Year;
            return Observed(year).Contains(DayNumbers.ToDate(dayNumber).ToDateTimeUnspecified());
        }

        var word = offset >> 6;
        if (!Volatile.Read(ref _wordFilled[word]))
        {
            Fill(word);
        }

        return (_holidays[word] & (1UL << (offset & 63))) != 0;
    }

    /// <summary>Fills every year the 64 days of <paramref name="word"/> touch, then marks the word filled.</summary>
    private void Fill(int word)
    {
        lock (_fill)
        {
            var first = FirstCachedDay + (word * 64);
            var last = Math.Min(first + 63, FirstCachedDay + CachedDays - 1);
            for (var year = DateOnly.FromDayNumber(first).Year; year <= DateOnly.FromDayNumber(last).Year; year++)
            {
                if (_yearFilled[year - FirstCachedYear])
                {
                    continue;
                }

                foreach (var holiday in Observed(year))
                {
                    var offset = DayNumbers.Of(holiday.Year, holiday.Month, holiday.Day) - FirstCachedDay;
                    _holidays[offset >> 6] |= 1UL << (offset & 63);
                }

                _yearFilled[year - FirstCachedYear] = true;
            }

            Volatile.Write(ref _wordFilled[word], true);
        }
    }

    /// <summary>The observed holidays that fall in <paramref name="year"/>, from the library.</summary>
    private static IEnumerable<DateTime> Observed(int year)
    {
        var calendar = new USAPublicHoliday();

        // A New Year's Day on a Saturday is observed on Dec 31, which the library lists under the following year.
        return calendar.PublicHolidays(year).Concat(calendar.PublicHolidays(year + 1)).Where(observed => observed.Year == year);
    }
}
