using NodaTime;
using PublicHoliday;

namespace Retroact.Custody.Release;

/// <summary>
/// Federal legal holidays as observed (5 U.S.C. §6103: a Saturday holiday is observed the Friday before, a Sunday
/// holiday the Monday after), from the maintained PublicHoliday library's U.S. federal calendar. The library speaks
/// <see cref="DateTime"/>; this class converts at its edge and caches each year as a bit set, so a lookup is a few
/// instructions and allocates nothing once the year is cached. Thread-safe.
/// </summary>
public sealed class FederalHolidays
{
    private const int FirstCachedYear = 1900;
    private const int CachedYears = 400;
    private const int WordsPerYear = 6; // 366 days of the year, one bit each

    private readonly ulong[]?[] _years = new ulong[]?[CachedYears];

    /// <summary>The one shared calendar.</summary>
    public static FederalHolidays Instance { get; } = new();

    /// <summary>True when <paramref name="date"/> is a federal legal holiday as observed (the day offices close).</summary>
    public bool IsHoliday(LocalDate date)
    {
        var bits = Year(date.Year);
        var day = date.DayOfYear - 1;
        return (bits[day >> 6] & (1UL << (day & 63))) != 0;
    }

    /// <summary>
    /// <paramref name="date"/> itself when it is a weekday and not a holiday; otherwise the last preceding weekday
    /// that is not a holiday (18 U.S.C. §3624(a)).
    /// </summary>
    public LocalDate LastWorkdayOnOrBefore(LocalDate date)
    {
        while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || IsHoliday(date))
        {
            date = date.PlusDays(-1);
        }

        return date;
    }

    private ulong[] Year(int year)
    {
        var index = year - FirstCachedYear;
        if ((uint)index >= CachedYears)
        {
            return Build(year);
        }

        // A race only builds the same year twice; the array store is atomic.
        return Volatile.Read(ref _years[index]) ?? (_years[index] = Build(year));
    }

    private static ulong[] Build(int year)
    {
        var bits = new ulong[WordsPerYear];
        var calendar = new USAPublicHoliday();

        // A New Year's Day on a Saturday is observed on Dec 31, which the library lists under the following year.
        foreach (var observed in calendar.PublicHolidays(year).Concat(calendar.PublicHolidays(year + 1)))
        {
            if (observed.Year == year)
            {
                var day = observed.DayOfYear - 1;
                bits[day >> 6] |= 1UL << (day & 63);
            }
        }

        return bits;
    }
}
