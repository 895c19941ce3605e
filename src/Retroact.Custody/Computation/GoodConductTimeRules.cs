using NodaTime;
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
    /// <paramref name="start"/> to each anniversary (<see cref="CalendarTerm.MonthsLater"/> by 12).
    /// </summary>
    public static GoodConductTimeCredit YearsServed(LocalDate start, int termDays, GoodConductTimeMethod method)
    {
        var perYear = method.DaysPerYear;

        // k = the most full years that can be served, i.e. the largest k with days(k years) + k·54 ≤ term.
        // A year is at most 366 days, so k = term / (366 + 54) always qualifies; step up from there.
        var years = termDays / (366 + perYear);
        var yearsDays = DaysInYears(start, years);
        while (true)
        {
            var nextDays = DaysInYears(start, years + 1);
            if (nextDays + (years + 1) * perYear > termDays)
            {
                var remaining = termDays - yearsDays - years * perYear;
                var partial = Math.Min(LeastDaysReaching(remaining, method), nextDays - yearsDays);
                var served = yearsDays + partial;
                var credit = termDays - served;
                return new GoodConductTimeCredit(credit, years, partial, credit - years * perYear);
            }

            years++;
            yearsDays = nextDays;
        }
    }

    /// <summary>
    /// The First Step Act: 54 days for each full year of the sentence imposed, and for the days of the term after the
    /// last full year, ⌊.148 × days⌋ (the BOP's proration rate; a convention, see docs/custody.md).
    /// </summary>
    public static GoodConductTimeCredit YearsImposed(LocalDate start, SentenceTerm term, int termDays, GoodConductTimeMethod method)
    {
        var years = term.Months / 12;
        var partialDays = termDays - DaysInYears(start, years);
        var partialCredit = method.PartialYearCredit(partialDays);
        return new GoodConductTimeCredit(years * method.DaysPerYear + partialCredit, years, partialDays, partialCredit);
    }

    private static int DaysInYears(LocalDate start, int years) =>
        CalendarTerm.DaysFrom(start, CalendarTerm.MonthsLater(start, years * 12));

    /// <summary>The least p ≥ 0 with p + ⌊rate × p⌋ ≥ <paramref name="remaining"/>.</summary>
    private static int LeastDaysReaching(int remaining, GoodConductTimeMethod method)
    {
        // p + ⌊rate·p⌋ ≤ p·(1 + rate), so p ≥ remaining / (1 + rate): start at that bound and step up.
        var scale = 1000 + method.PartialYearRatePerMille;
        var p = (remaining * 1000 + scale - 1) / scale;
        while (p + method.PartialYearCredit(p) < remaining)
        {
            p++;
        }

        return p;
    }
}
