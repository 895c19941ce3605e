using NodaTime;
using Retroact.Law.Cases;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// The term already served, for the prohibition of USSG §1B1.10(b)(2)(C): "In no event may the reduced term of
/// imprisonment be less than the term of imprisonment the defendant has already served."
/// </summary>
public static class TimeServed
{
    /// <summary>
    /// Whole calendar months served by <paramref name="asOf"/>: the largest n such that start + n calendar months
    /// is on or before <paramref name="asOf"/>, where start = <see cref="CustodyFacts.CommencedOn"/> minus
    /// <see cref="CustodyFacts.PriorCustodyDays"/> (credit under 18 U.S.C. §3585(b) counts as time served).
    /// A month added to the 31st ends on the last day of a shorter month (NodaTime's calendar arithmetic).
    /// 0 when <paramref name="asOf"/> is before the start.
    /// </summary>
    public static int MonthsServed(CustodyFacts custody, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(custody);
        var start = custody.CommencedOn.PlusDays(-custody.PriorCustodyDays);
        if (asOf < start)
        {
            return 0;
        }

        // start + n months lands on start's day of month, or on the last day of a shorter month (as LocalDate.PlusMonths does).
        var months = ((asOf.Year - start.Year) * 12) + asOf.Month - start.Month;
        var landing = Math.Min(start.Day, CalendarSystem.Iso.GetDaysInMonth(asOf.Year, asOf.Month));
        return landing > asOf.Day ? months - 1 : months;
    }
}
