using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Custody.Law;
using Retroact.Law.Tracing;

namespace Retroact.Custody.Tests.Computation;

/// <summary>
/// The computation on day numbers, with the years-served solve per whole year and in closed form for the last partial
/// year (docs/custody.md, "Years served"), against the algorithm it replaced (commit affde85), kept here as the oracle:
/// NodaTime calendar arithmetic, a search stepping up one year and then one day at a time. Every term of 13 to 600 months
/// from every start date in 1988–1999 (terms reach past the leap century 2000), 2056–2059 (past the common century 2100)
/// and 1852–1855 (past 1900), under both methods: the same full-term date and the same credit, to the figure.
/// </summary>
public class ClosedFormSolveTests
{
    private static readonly GoodConductTimeMethod YearsServed = GoodConductTimeLaw.Current.Methods[0];
    private static readonly GoodConductTimeMethod YearsImposed = GoodConductTimeLaw.Current.Methods[1];

    [Theory]
    [InlineData(1988, 1999)]
    [InlineData(2056, 2059)]
    [InlineData(1852, 1855)]
    public void Every_term_from_every_start_date_matches_the_stepping_search(int firstYear, int lastYear)
    {
        var mismatches = 0;
        for (var start = new LocalDate(firstYear, 1, 1); start.Year <= lastYear; start = start.PlusDays(1))
        {
            for (var months = 13; months <= 600; months++)
            {
                var input = new SentenceInput("t", start, 0, 0, SentenceTerm.Of(months));
                var fullTerm = Oracle.MonthsLater(start, months).PlusDays(-1);
                var termDays = Period.DaysBetween(start, fullTerm) + 1;
                var served = SentenceComputation.Current.ComputeUnder(input, YearsServed, default(NoTrace));
                var imposed = SentenceComputation.Current.ComputeUnder(input, YearsImposed, default(NoTrace));
                if (served.FullTermDate != fullTerm || served.Credit != Oracle.YearsServed(start, termDays, YearsServed)
                    || imposed.FullTermDate != fullTerm || imposed.Credit != Oracle.YearsImposed(start, months, termDays, YearsImposed))
                {
                    mismatches++;
                }
            }
        }

        Assert.Equal(0, mismatches);
    }

    /// <summary>The computation as it was before day numbers (commit affde85), unchanged but for layout.</summary>
    private static class Oracle
    {
        public static LocalDate MonthsLater(LocalDate start, int months)
        {
            var monthIndex = start.Month - 1 + months;
            var year = start.Year + (monthIndex / 12);
            var month = (monthIndex % 12) + 1;
            if (start.Day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return new LocalDate(year, month, start.Day);
            }

            return month == 12 ? new LocalDate(year + 1, 1, 1) : new LocalDate(year, month + 1, 1);
        }

        public static GoodConductTimeCredit YearsServed(LocalDate start, int termDays, GoodConductTimeMethod method)
        {
            var perYear = method.DaysPerYear;
            var years = termDays / (366 + perYear);
            var yearsDays = DaysInYears(start, years);
            while (true)
            {
                var nextDays = DaysInYears(start, years + 1);
                if (nextDays + ((years + 1) * perYear) > termDays)
                {
                    var remaining = termDays - yearsDays - (years * perYear);
                    var partial = Math.Min(LeastDaysReaching(remaining, method), nextDays - yearsDays);
                    var served = yearsDays + partial;
                    var credit = termDays - served;
                    return new GoodConductTimeCredit(credit, years, partial, credit - (years * perYear));
                }

                years++;
                yearsDays = nextDays;
            }
        }

        public static GoodConductTimeCredit YearsImposed(LocalDate start, int months, int termDays, GoodConductTimeMethod method)
        {
            var years = months / 12;
            var partialDays = termDays - DaysInYears(start, years);
            var partialCredit = method.PartialYearCredit(partialDays);
            return new GoodConductTimeCredit((years * method.DaysPerYear) + partialCredit, years, partialDays, partialCredit);
        }

        private static int DaysInYears(LocalDate start, int years) => Period.DaysBetween(start, MonthsLater(start, years * 12));

        private static int LeastDaysReaching(int remaining, GoodConductTimeMethod method)
        {
            var scale = 1000 + method.PartialYearRatePerMille;
            var p = ((remaining * 1000) + scale - 1) / scale;
            while (p + method.PartialYearCredit(p) < remaining)
            {
                p++;
            }

            return p;
        }
    }
}
