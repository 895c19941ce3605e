using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Custody.Law;
using Retroact.Law.Tracing;
using static Retroact.Custody.Tests.Computation.CalendarTermTests;

namespace Retroact.Custody.Tests.Computation;

public class SentenceComputationTests
{
    private static readonly LocalDate BeforeFirstStepAct = new(2015, 11, 1);
    private static readonly LocalDate AfterFirstStepAct = new(2020, 1, 1);
    private static readonly LocalDate Today = new(2026, 11, 29);
    private static GoodConductTimeMethod YearsServed => GoodConductTimeLaw.Current.Methods[0];
    private static GoodConductTimeMethod YearsImposed => GoodConductTimeLaw.Current.Methods[1];

    private static SentenceResult Compute(string commenced, SentenceTerm term, LocalDate asOf, int prior = 0, int disallowed = 0) =>
        SentenceComputation.Current.Compute(new SentenceInput("t", Date(commenced), prior, disallowed, term), asOf, default(NoTrace));

    private static SentenceResult Under(GoodConductTimeMethod method, string commenced, SentenceTerm term) =>
        SentenceComputation.Current.ComputeUnder(new SentenceInput("t", Date(commenced), 0, 0, term), method, default(NoTrace));

    // Term Jan 1, 2010 – Dec 31, 2019: 3652 days (leap days 2012, 2016). Eight anniversaries by Jan 1, 2018 = 2922 days
    // earning 8 × 54 = 432; 2922 + 432 = 3354 ≤ 3652 but nine years (3287 + 486 = 3773) overshoot. Remaining
    // 3652 − 3354 = 298 days: p = 260 gives 260 + ⌊.148 × 260 = 38.48⌋ = 298 (p = 259 gives 297). Served 3182 days,
    // credit 3652 − 3182 = 470; projected Dec 31, 2019 − 470 days = Sep 17, 2018.
    [Fact]
    public void Ten_years_under_the_years_served_method_earn_470_days()
    {
        var result = Compute("2010-01-01", SentenceTerm.Of(120), BeforeFirstStepAct);
        Assert.Equal("bop-years-served", result.Method.Id);
        Assert.Equal(Date("2019-12-31"), result.FullTermDate);
        Assert.Equal(470, result.GoodConductTimeDays);
        Assert.Equal(new GoodConductTimeCredit(470, 8, 260, 38), result.Credit);
        Assert.Equal(Date("2018-09-17"), result.ProjectedReleaseDate);
    }

    // First Step Act: 10 full years imposed × 54 = 540, no partial year. A term begun Jan 1, 2020 (after the method
    // began to govern) ends Dec 31, 2029; Dec 31, 2029 − 540 days = Jul 9, 2028. The 2010 term of the same length, under
    // this method alone: Dec 31, 2019 − 540 days = Jul 9, 2018 (but that person was out before the method governed).
    [Fact]
    public void Ten_years_under_the_First_Step_Act_earn_540_days()
    {
        var result = Compute("2020-01-01", SentenceTerm.Of(120), AfterFirstStepAct);
        Assert.Equal("fsa-years-imposed", result.Method.Id);
        Assert.Equal(540, result.GoodConductTimeDays);
        Assert.Equal(Date("2028-07-09"), result.ProjectedReleaseDate);
        Assert.Equal(Date("2018-07-09"), Under(YearsImposed, "2010-01-01", SentenceTerm.Of(120)).ProjectedReleaseDate);
    }

    // The review finding: 120 months from Jan 1, 2010 project Sep 17, 2018 under the years-served method (above), ten
    // months before the First Step Act method governed (Jul 19, 2019). As of today that date stands: 470 days, not 540.
    [Fact]
    public void Released_before_the_First_Step_Act_keeps_the_old_computation()
    {
        var result = Compute("2010-01-01", SentenceTerm.Of(120), Today);
        Assert.Equal("bop-years-served", result.Method.Id);
        Assert.Equal(470, result.GoodConductTimeDays);
        Assert.Equal(Date("2018-09-17"), result.ProjectedReleaseDate);
        Assert.False(result.ReleasedOnTransition);
    }

    // Jan 1, 2015, 120 months: full term Dec 31, 2024 (3653 days; 8 years = 2922 + 432, r = 299, p = 261), 470 days →
    // Sep 18, 2023, after Jul 19, 2019: still in custody then, so recomputed: 540 days → Dec 31, 2024 − 540 = Jul 10, 2023.
    [Fact]
    public void In_custody_on_July_19_2019_is_recomputed_under_the_First_Step_Act()
    {
        var result = Compute("2015-01-01", SentenceTerm.Of(120), new LocalDate(2024, 1, 1));
        Assert.Equal("fsa-years-imposed", result.Method.Id);
        Assert.Equal(540, result.GoodConductTimeDays);
        Assert.Equal(Date("2023-07-10"), result.ProjectedReleaseDate);
        Assert.False(result.ReleasedOnTransition);
    }

    // Dec 1, 2010, 120 months: full term Nov 30, 2020 (3653 days). Years served: 470 → Aug 18, 2019, after Jul 19, 2019.
    // Recomputed: 540 → Nov 30, 2020 − 540 = Jun 9, 2019, already past on Jul 19, 2019: released that day.
    // Nov 1, 2010: 470 → Jul 19, 2019 itself (not before it: still in custody that morning), 540 → May 10, 2019 → Jul 19.
    // Oct 31, 2010: 470 → Jul 18, 2019, the day before: that date stands.
    [Theory]
    [InlineData("2010-12-01", "2019-07-19", 540, "fsa-years-imposed", true)]
    [InlineData("2010-11-01", "2019-07-19", 540, "fsa-years-imposed", true)]
    [InlineData("2010-10-31", "2019-07-18", 470, "bop-years-served", false)]
    public void A_recomputed_date_already_past_releases_on_July_19_2019(string commenced, string projected, int days, string method, bool onTransition)
    {
        var result = Compute(commenced, SentenceTerm.Of(120), Today);
        Assert.Equal(Date(projected), result.ProjectedReleaseDate);
        Assert.Equal(days, result.GoodConductTimeDays);
        Assert.Equal(method, result.Method.Id);
        Assert.Equal(onTransition, result.ReleasedOnTransition);
    }

    // As of Jul 18, 2019 nobody had been recomputed: Dec 1, 2010's term projects Aug 18, 2019 under the years-served method.
    [Fact]
    public void As_of_before_July_19_2019_the_old_computation_stands()
    {
        var result = Compute("2010-12-01", SentenceTerm.Of(120), new LocalDate(2019, 7, 18));
        Assert.Equal("bop-years-served", result.Method.Id);
        Assert.Equal(Date("2019-08-18"), result.ProjectedReleaseDate);
    }

    // The trace says why: the method at commencement, then the recomputation on the transition date.
    [Fact]
    public void The_trace_explains_the_transition()
    {
        var trace = new ListTrace();
        SentenceComputation.Current.Compute(new SentenceInput("t", Date("2010-12-01"), 0, 0, SentenceTerm.Of(120)), Today, trace);
        var transition = Assert.Single(trace.Steps, s => s.Step == "Good conduct time method change");
        Assert.Contains("2019-08-18", transition.Inputs, StringComparison.Ordinal);
        Assert.Contains("87 FR 7938", transition.Citation, StringComparison.Ordinal);
        var release = Assert.Single(trace.Steps, s => s.Step == "Released on the method change");
        Assert.StartsWith("2019-07-19", release.Value, StringComparison.Ordinal);
    }

    // docs/custody.md, "Why every 120-month term earns 470": a 120-month term spans 3652 or 3653 days and its first
    // eight years 2922 days (always two Feb 29s between 1901 and 2099), so 298 or 299 days remain after 8 × 54; both
    // leave a partial-year credit of 38. 469 would need a remainder of 294 or less, 471 one of 303 or more.
    [Fact]
    public void Every_start_date_gives_470_and_540_for_ten_years()
    {
        for (var start = new LocalDate(1988, 1, 1); start <= new LocalDate(2040, 12, 31); start = start.PlusDays(1))
        {
            var input = new SentenceInput("t", start, 0, 0, SentenceTerm.Of(120));
            Assert.Equal(470, SentenceComputation.Current.ComputeUnder(input, YearsServed, default(NoTrace)).GoodConductTimeDays);
            Assert.Equal(540, SentenceComputation.Current.ComputeUnder(input, YearsImposed, default(NoTrace)).GoodConductTimeDays);
        }
    }

    // Jan 1, 2015, 120 months: in custody until 2023 under either method.
    [Theory]
    [InlineData("2019-07-18", "bop-years-served")]
    [InlineData("2019-07-19", "fsa-years-imposed")]
    public void The_as_of_date_decides_whether_the_recomputation_has_happened(string asOf, string method) =>
        Assert.Equal(method, Compute("2015-01-01", SentenceTerm.Of(120), Date(asOf)).Method.Id);

    [Fact]
    public void No_method_governs_before_the_Sentencing_Reform_Act() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute("1987-01-01", SentenceTerm.Of(24), new LocalDate(1987, 10, 31)));

    // 12 months is not "more than 1 year": no credit, release on the full-term date Dec 31, 2015.
    [Theory]
    [InlineData("2015-11-01")]
    [InlineData("2020-01-01")]
    public void Twelve_months_earn_nothing(string asOf)
    {
        var result = Compute("2015-01-01", SentenceTerm.Of(12), Date(asOf));
        Assert.Equal(0, result.GoodConductTimeDays);
        Assert.Equal(Date("2015-12-31"), result.ProjectedReleaseDate);
    }

    // 12 months and 1 day from Jan 1, 2015: full term Jan 1, 2016, 366 days. Years served: no full year fits
    // (365 + 54 > 366), so p + ⌊.148 p⌋ ≥ 366: p = 319 (319 + 47 = 366; 318 + 47 = 365); credit 366 − 319 = 47,
    // release Nov 15, 2015. First Step Act: 1 year × 54 + ⌊.148 × 1⌋ = 54, release Nov 8, 2015.
    [Fact]
    public void Twelve_months_and_one_day_earn_credit()
    {
        var served = Compute("2015-01-01", SentenceTerm.Of(12, 1), BeforeFirstStepAct);
        Assert.Equal(Date("2016-01-01"), served.FullTermDate);
        Assert.Equal(47, served.GoodConductTimeDays);
        Assert.Equal(Date("2015-11-15"), served.ProjectedReleaseDate);

        var imposed = Under(YearsImposed, "2015-01-01", SentenceTerm.Of(12, 1));
        Assert.Equal(54, imposed.GoodConductTimeDays);
        Assert.Equal(Date("2015-11-08"), imposed.ProjectedReleaseDate);
    }

    // 13 months from Jan 1, 2015: full term Jan 31, 2016, 396 days. Served: p = 345 (345 + ⌊51.06⌋ = 396) → 51.
    // Imposed: 54 + ⌊.148 × 31⌋ = 54 + 4 = 58.
    [Fact]
    public void Thirteen_months_is_the_first_whole_month_term_with_credit()
    {
        Assert.Equal(51, Compute("2015-01-01", SentenceTerm.Of(13), BeforeFirstStepAct).GoodConductTimeDays);
        Assert.Equal(58, Under(YearsImposed, "2015-01-01", SentenceTerm.Of(13)).GoodConductTimeDays);
    }

    [Fact]
    public void Life_has_no_dates_and_no_credit()
    {
        var result = Compute("2010-01-01", SentenceTerm.Life, BeforeFirstStepAct);
        Assert.Null(result.FullTermDate);
        Assert.Null(result.ProjectedReleaseDate);
        Assert.Equal(0, result.GoodConductTimeDays);
    }

    // Prior custody moves the start back: Mar 10, 2013 − 100 days = Nov 30, 2012. 24 months from Nov 30, 2012 end
    // Nov 29, 2014 (730 days). Served: one year (365 days) + 54 = 419 ≤ 730; two years (730 + 108) overshoot;
    // remaining 730 − 419 = 311: p = 271 (271 + ⌊40.108⌋ = 311) → served 636, credit 94; Nov 29, 2014 − 94 = Aug 27, 2014.
    [Fact]
    public void Prior_custody_credit_moves_the_start_back()
    {
        var result = Compute("2013-03-10", SentenceTerm.Of(24), BeforeFirstStepAct, prior: 100);
        Assert.Equal(Date("2012-11-30"), result.Start);
        Assert.Equal(Date("2014-11-29"), result.FullTermDate);
        Assert.Equal(94, result.GoodConductTimeDays);
        Assert.Equal(Date("2014-08-27"), result.ProjectedReleaseDate);
    }

    [Fact]
    public void Disallowed_days_reduce_the_credit_but_not_below_zero()
    {
        Assert.Equal(430, Compute("2010-01-01", SentenceTerm.Of(120), BeforeFirstStepAct, disallowed: 40).GoodConductTimeDays);
        var forfeited = Compute("2010-01-01", SentenceTerm.Of(120), BeforeFirstStepAct, disallowed: 600);
        Assert.Equal(0, forfeited.GoodConductTimeDays);
        Assert.Equal(forfeited.FullTermDate, forfeited.ProjectedReleaseDate);
    }

    [Fact]
    public void Negative_credits_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute("2010-01-01", SentenceTerm.Of(120), BeforeFirstStepAct, prior: -1));

    [Fact]
    public void The_traced_and_untraced_paths_agree_and_the_trace_explains_each_date()
    {
        var input = new SentenceInput("t", Date("2010-01-01"), 30, 0, SentenceTerm.Of(120));
        var trace = new ListTrace();
        var traced = SentenceComputation.Current.Compute(input, BeforeFirstStepAct, trace);
        Assert.Equal(SentenceComputation.Current.Compute(input, BeforeFirstStepAct, default(NoTrace)), traced);
        Assert.Equal(["Computation start", "Full-term date", "Good conduct time", "Projected release date"], trace.Steps.Select(s => s.Step));
        Assert.Equal("2009-12-02", trace.Steps[0].Value);
        Assert.Equal("470 days", trace.Steps[2].Value);
    }

    [Fact]
    public void Term_of_no_time_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => SentenceTerm.Of(0));

    [Fact]
    public void Method_parameters_come_from_the_law_file()
    {
        var method = GoodConductTimeLaw.Current.MethodOn(BeforeFirstStepAct);
        Assert.Equal((54, 148), (method.DaysPerYear, method.PartialYearRatePerMille));
        Assert.Equal(12, GoodConductTimeLaw.Current.NoCreditUnlessTermExceedsMonths);
    }
}
