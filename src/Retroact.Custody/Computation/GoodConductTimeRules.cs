using System.Runtime.CompilerServices;
using Retroact.Custody.Law;

namespace Retroact.Custody.Computation;

/// <summary>The two ways of counting 18 U.S.C. §3624(b) credit over a term of known length (docs/custody.md, "Good conduct time").</summary>
internal static class GoodConductTimeRules
{
    /// <summary>
    /// Before the First Step Act: 54 days "at the end of each year" actually served, the last partial year prorated at
    /// .148 a day, fractions dropped (BOP P5880.28; Barber v. Thomas, 560 U.S. 474 (2010)). Time served t is the least
    /// number of days such that t + credit(t) ≥ the term's days; the credit is what the term is shortened by, the term's
    /// days less t (one less than credit(t) when the last ⌊.148 p⌋ steps past the term). Years run from
    /// <paramref name="start"/> to each anniversary (<see cref="CalendarTerm.MonthsLater(in CalendarDay, int)"/> by 12).
    /// Solved per whole year, then in closed form for the last partial year (docs/custody.md, "Years served").
    /// </summary>
    public static GoodConductTimeCredit YearsServed(in CalendarDay start, int termDays, GoodConductTimeMethod method)
    {
        var perYear = method.DaysPerYear;

        // k = the most full years that can be served: the largest k with days(k years) + k·perYear ≤ term. Days(k) + k·perYear
        // grows strictly with k, so any first guess can be stepped to it; a guess from the mean Gregorian year (146,097 days
        // in 400) is exact or one off. In floating point, because an integer division by a divisor known only at run time is
        // slower; unchecked, because the quotient lies between 0 and termDays (the divisor is at least 365: the law file's daysPerYear is 0 to 366), so the conversion
        // cannot overflow, and the checked conversion is a call.
        var years = unchecked((int)(termDays / ((146_097 / 400.0) + perYear)));
        var yearsDays = DaysInYears(start, years);
        while (years > 0 && yearsDays + (years * perYear) > termDays)
        {
            years--;
            yearsDays = DaysInYears(start, years);
        }

        var nextDays = DaysInYears(start, years + 1);
        while (nextDays + ((years + 1) * perYear) <= termDays)
        {
            years++;
            yearsDays = nextDays;
            nextDays = DaysInYears(start, years + 1);
        }

        var remaining = termDays - yearsDays - (years * perYear);
        var partial = Math.Min(LeastDaysReaching(remaining, method), nextDays - yearsDays);
        var credit = termDays - yearsDays - partial;
        return new GoodConductTimeCredit(credit, years, partial, credit - (years * perYear));
    }

    /// <summary>
    /// The First Step Act: 54 days for each full year of the sentence imposed, and for the days of the term after the
    /// last full year, ⌊.148 × days⌋ (the BOP's proration rate; a convention, see docs/custody.md).
    /// </summary>
    public static GoodConductTimeCredit YearsImposed(in CalendarDay start, SentenceTerm term, int termDays, GoodConductTimeMethod method)
    {
        var years = term.Months / 12;
        var partialDays = termDays - DaysInYears(start, years);
        var partialCredit = method.PartialYearCredit(partialDays);
        return new GoodConductTimeCredit((years * method.DaysPerYear) + partialCredit, years, partialDays, partialCredit);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DaysInYears(in CalendarDay start, int years) => CalendarTerm.MonthsLater(start, years * 12) - start.Number;

    /// <summary>
    /// The least p ≥ 0 with p + ⌊rate × p⌋ ≥ <paramref name="remaining"/>, with rate = ρ/1000: p = ⌈1000 r / (1000 + ρ)⌉.
    /// It reaches r, since ⌊ρp/1000⌋ ≥ (ρp − 999)/1000 gives p + ⌊ρp/1000⌋ ≥ ((1000 + ρ)p − 999)/1000 ≥ r − 999/1000, and an
    /// integer above r − 1 is at least r; and p − 1 does not, since (p − 1) + ⌊ρ(p − 1)/1000⌋ ≤ (1000 + ρ)(p − 1)/1000 &lt; r.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LeastDaysReaching(int remaining, GoodConductTimeMethod method)
    {
        var scale = 1000 + method.PartialYearRatePerMille;
        return ((remaining * 1000) + scale - 1) / scale;
    }
}
