using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Custody.Release;
using Retroact.Custody.Validation;
using Retroact.Law.Cases;
using Retroact.Law.Tracing;
using static Retroact.Custody.Tests.Release.TestCases;

namespace Retroact.Custody.Tests.Release;

public class ReleasePlannerTests
{
    private static readonly LocalDate FirstWave = new(2015, 11, 1);
    private static readonly ReleasePlanner Planner = ReleasePlanner.Current;

    private static ReleasePlan Plan(Case @case, int? reduced) => Planner.Plan(@case, reduced, FirstWave, FirstWave, default(NoTrace));

    // 120 months from Jun 1, 2008: full term May 31, 2018, 470 days of credit, projected Feb 15, 2017.
    // 70 months: full term Mar 31, 2014, 274 days, projected Jun 30, 2013, before the order's Nov 1, 2015.
    // Release: min(Feb 15, 2017, max(Jun 30, 2013, Nov 1, 2015)) = Sunday Nov 1, 2015 → Friday Oct 30, 2015.
    [Fact]
    public void First_wave_walks_out_on_Friday_October_30_2015()
    {
        var plan = Plan(Case(new LocalDate(2008, 6, 1)), 70);
        Assert.Equal(new LocalDate(2017, 2, 15), plan.ProjectedReleaseDate);
        Assert.Equal(new LocalDate(2013, 6, 30), plan.NewProjectedReleaseDate);
        Assert.Equal((470, 274), (plan.GoodConductTimeDays, plan.NewGoodConductTimeDays));
        Assert.Equal(new LocalDate(2015, 10, 30), plan.ReleaseDate);
        Assert.True(plan.ImmediateRelease);
        Assert.False(plan.ReleasedBeforeOrder);
        Assert.Equal(ReleaseDisposition.Community, plan.Disposition);
        Assert.Equal(new LocalDate(2015, 10, 30), plan.SupervisedReleaseStart);
        Assert.Equal("bop-years-served", plan.Method.Id);
    }

    // The same plan's dates as day numbers (DateOnly.DayNumber scale): Feb 15, 2017 = 736,374; Jun 30, 2013 = 735,048;
    // Oct 30, 2015 = 735,900.
    [Fact]
    public void Day_numbers_are_the_dates_on_the_DateOnly_scale()
    {
        var plan = Plan(Case(new LocalDate(2008, 6, 1)), 70);
        Assert.Equal((736_374, 735_048, 735_900, 735_900),
            (plan.ProjectedReleaseDay, plan.NewProjectedReleaseDay, plan.ReleaseDay, plan.SupervisedReleaseStartDay));
    }

    [Fact]
    public void Day_numbers_are_none_where_the_dates_are_null()
    {
        var life = Plan(Case(new LocalDate(2008, 6, 1), termMonths: null, life: true), null);
        Assert.Equal((DayNumbers.None, DayNumbers.None, DayNumbers.None, DayNumbers.None),
            (life.ProjectedReleaseDay, life.NewProjectedReleaseDay, life.ReleaseDay, life.SupervisedReleaseStartDay));
        var detained = Plan(Case(new LocalDate(2008, 6, 1), detainers: [Detainer.State]), 70);
        Assert.Equal((735_900, DayNumbers.None), (detained.ReleaseDay, detained.SupervisedReleaseStartDay));
    }

    // 60 months from Jan 1, 2010: full term Dec 31, 2014, 235 days, projected Saturday May 10, 2014, before the order:
    // the order changes nothing; release on Friday May 9, 2014.
    [Fact]
    public void Released_before_the_order()
    {
        var plan = Plan(Case(new LocalDate(2010, 1, 1), termMonths: 60), 51);
        Assert.True(plan.ReleasedBeforeOrder);
        Assert.False(plan.ImmediateRelease);
        Assert.Equal(new LocalDate(2014, 5, 9), plan.ReleaseDate);
    }

    // 120 → 100 months from Jan 1, 2010: new full term Apr 30, 2018, 391 days, projected Tuesday Apr 4, 2017.
    [Fact]
    public void A_later_new_date_is_the_release_date()
    {
        var plan = Plan(Case(new LocalDate(2010, 1, 1)), 100);
        Assert.Equal(new LocalDate(2018, 9, 17), plan.ProjectedReleaseDate);
        Assert.Equal(new LocalDate(2017, 4, 4), plan.ReleaseDate);
        Assert.False(plan.ImmediateRelease);
    }

    // 120 → 96 months from Mar 1, 2012: new full term Feb 29, 2020, 376 days, projected Monday Feb 18, 2019, which is
    // Washington's Birthday: release on Friday Feb 15, 2019.
    [Fact]
    public void A_Monday_holiday_moves_release_to_the_Friday_before() =>
        Assert.Equal(new LocalDate(2019, 2, 15), Plan(Case(new LocalDate(2012, 3, 1)), 96).ReleaseDate);

    [Fact]
    public void No_reduction_keeps_the_original_date()
    {
        var plan = Plan(Case(new LocalDate(2010, 1, 1)), null);
        Assert.Equal(plan.ProjectedReleaseDate, plan.NewProjectedReleaseDate);
        Assert.Equal(new LocalDate(2018, 9, 17), plan.ReleaseDate);
    }

    [Fact]
    public void As_it_stands_there_is_no_order()
    {
        var plan = Planner.AsItStands(Case(new LocalDate(2010, 1, 1), termMonths: 60), FirstWave, default(NoTrace));
        Assert.Null(plan.OrderEffective);
        Assert.False(plan.ReleasedBeforeOrder);
        Assert.Equal(new LocalDate(2014, 5, 9), plan.ReleaseDate);
    }

    [Fact]
    public void Life_without_reduction_has_no_release()
    {
        var plan = Plan(Case(new LocalDate(2008, 6, 1), termMonths: null, life: true), null);
        Assert.Null(plan.ReleaseDate);
        Assert.Null(plan.SupervisedReleaseStart);
        Assert.False(plan.ImmediateRelease);
        Assert.False(plan.ReleasedBeforeOrder);
    }

    // Life reduced to 70 months from Jun 1, 2008: projected Jun 30, 2013 (as above), so release on the order's date.
    [Fact]
    public void Life_reduced_to_months_gets_a_release_date()
    {
        var plan = Plan(Case(new LocalDate(2008, 6, 1), termMonths: null, life: true), 70);
        Assert.Null(plan.ProjectedReleaseDate);
        Assert.Equal(new LocalDate(2015, 10, 30), plan.ReleaseDate);
        Assert.True(plan.ImmediateRelease);
    }

    // The consecutive term stays: 70 + 60 = 130 months from Jun 1, 2008 (worked in Golden/consecutive-924c.json).
    [Fact]
    public void The_consecutive_term_is_added_to_the_reduced_term() =>
        Assert.Equal(130, Plan(Case(new LocalDate(2008, 6, 1), consecutive: 60), 70).Reduced.Term.Months);

    // A drug count of 4 months cut to the 0-month minimum of an amended Zone A range, before 60 months under §924(c),
    // commenced Jun 1, 2013, computed as of Nov 1, 2015 (years served, 54 days a year, the last part prorated):
    // reduced aggregate 0 + 60 = 60 months: full term May 31, 2018 (1,826 days); 4 years to Jun 1, 2017 = 1,461 days
    // earn 216, 1,461 + 216 = 1,677 (5 years overshoot: 1,826 + 270); remaining 149: p = 130 (130 + ⌊0.148 × 130⌋ = 149;
    // p = 129 gives 148); served 1,591, credit 235; projected May 31, 2018 − 235 days = Sun Oct 8, 2017, so out Fri Oct 6.
    // Original aggregate 4 + 60 = 64 months: full term Sep 30, 2018 (1,948 days); remaining after 1,677: 271, p = 237
    // (237 + ⌊35.08⌋ = 272; p = 236 gives 270); served 1,698, credit 250; projected Sep 30, 2018 − 250 = Jan 23, 2018.
    [Fact]
    public void A_guideline_term_cut_to_zero_months_leaves_the_consecutive_term_to_serve()
    {
        var plan = Plan(Case(new LocalDate(2013, 6, 1), termMonths: 4, consecutive: 60), 0);
        Assert.Equal((64, 250, new LocalDate(2018, 1, 23)), (plan.Original.Term.Months, plan.GoodConductTimeDays, plan.ProjectedReleaseDate));
        Assert.Equal((60, 235, new LocalDate(2017, 10, 8)), (plan.Reduced.Term.Months, plan.NewGoodConductTimeDays, plan.NewProjectedReleaseDate));
        Assert.Equal(new LocalDate(2017, 10, 6), plan.ReleaseDate);
    }

    // The same 60 months imposed as 0 on the guideline count and 60 consecutive: the computation above, May 31, 2018 − 235 days.
    [Fact]
    public void A_guideline_term_of_zero_months_before_a_consecutive_term_is_a_sentence_to_compute()
    {
        var @case = Case(new LocalDate(2013, 6, 1), termMonths: 0, consecutive: 60);
        Assert.Null(CustodyInputValidator.Validate(@case));
        Assert.Equal(new LocalDate(2017, 10, 8), Plan(@case, null).ProjectedReleaseDate);
    }

    [Fact]
    public void A_negative_reduced_term_is_refused_even_before_a_consecutive_term() =>
        Assert.Equal("case 'case-1': reducedTermMonths = -1: a reduced term of imprisonment cannot be negative",
            Assert.Throws<CustodyInputException>(() => Plan(Case(new LocalDate(2010, 1, 1), consecutive: 60), -1)).Message);

    [Theory]
    [InlineData(CustodyStatus.Institution, new Detainer[0], ReleaseDisposition.Community)]
    [InlineData(CustodyStatus.Rrc, new Detainer[0], ReleaseDisposition.RrcRelease)]
    [InlineData(CustodyStatus.HomeConfinement, new Detainer[0], ReleaseDisposition.HomeConfinementRelease)]
    [InlineData(CustodyStatus.Institution, new[] { Detainer.Ice }, ReleaseDisposition.IceCustody)]
    [InlineData(CustodyStatus.Rrc, new[] { Detainer.Ice }, ReleaseDisposition.IceCustody)]
    [InlineData(CustodyStatus.Institution, new[] { Detainer.State }, ReleaseDisposition.DetainerCustody)]
    [InlineData(CustodyStatus.Institution, new[] { Detainer.Other }, ReleaseDisposition.DetainerCustody)]
    [InlineData(CustodyStatus.Institution, new[] { Detainer.Ice, Detainer.State }, ReleaseDisposition.DetainerCustody)]
    public void Disposition_follows_detainers_then_status(CustodyStatus status, Detainer[] detainers, ReleaseDisposition expected)
    {
        var plan = Plan(Case(new LocalDate(2008, 6, 1), status: status, detainers: detainers), 70);
        Assert.Equal(expected, plan.Disposition);
        Assert.Equal(expected == ReleaseDisposition.DetainerCustody ? null : new LocalDate(2015, 10, 30), plan.SupervisedReleaseStart);
    }

    [Theory]
    [InlineData(ReleaseDisposition.Community, "community")]
    [InlineData(ReleaseDisposition.RrcRelease, "rrc-release")]
    [InlineData(ReleaseDisposition.HomeConfinementRelease, "home-confinement-release")]
    [InlineData(ReleaseDisposition.IceCustody, "ice-custody")]
    [InlineData(ReleaseDisposition.DetainerCustody, "detainer-custody")]
    public void Disposition_names(ReleaseDisposition disposition, string name) => Assert.Equal(name, disposition.Name());

    [Fact]
    public void Commencement_after_the_order_is_refused() =>
        Assert.Equal("case 'case-1': custody.commencedOn = 2015-11-02: the sentence must have commenced by the order's effective date 2015-11-01",
            Assert.Throws<CustodyInputException>(() => Plan(Case(new LocalDate(2015, 11, 2)), 70)).Message);

    [Fact]
    public void Negative_prior_custody_is_refused() =>
        Assert.Equal(new CustodyInputError("case-1", "custody.priorCustodyDays", "-3", "prior custody credit (18 U.S.C. §3585(b)) cannot be negative"),
            Assert.Throws<CustodyInputException>(() => Plan(Case(new LocalDate(2010, 1, 1), prior: -3), 70)).Error);

    [Fact]
    public void Negative_disallowance_is_refused() =>
        Assert.Equal("custody.gctDisallowedDays", Assert.Throws<CustodyInputException>(() => Plan(Case(new LocalDate(2010, 1, 1), disallowed: -1), 70)).Error.Field);

    [Fact]
    public void A_term_of_zero_months_is_refused() =>
        Assert.Equal("case 'case-1': termMonths = 0: a term of imprisonment must be at least 1 month",
            Assert.Throws<CustodyInputException>(() => Plan(Case(new LocalDate(2010, 1, 1), termMonths: 0), null)).Message);

    [Fact]
    public void A_reduced_term_of_zero_months_without_an_order_is_refused() =>
        Assert.Equal("case 'case-1': reducedTermMonths = 0: a reduced term of imprisonment must be at least 1 month",
            Assert.Throws<CustodyInputException>(() => Planner.Plan(Case(new LocalDate(2010, 1, 1)), 0, null, FirstWave, default(NoTrace))).Message);

    // 3 months from Oct 10, 2015 cut to 0 by an order effective Sun Nov 1, 2015: no reduced term may be less than the time
    // already served (§1B1.10(b)(2)(C)), so the term is time served, Oct 10 to Nov 1 = 22 days, ending Oct 31 with no
    // good conduct time (a term of a year or less earns none): the new date has passed when the order takes effect, and
    // the person leaves on the last weekday before it, Fri Oct 30 (18 U.S.C. §3624(a)).
    [Fact]
    public void A_term_cut_to_zero_months_with_nothing_after_it_is_time_served_to_the_order()
    {
        var plan = Plan(Case(new LocalDate(2015, 10, 10), termMonths: 3), 0);
        Assert.Equal(SentenceTerm.Of(0, 22), plan.Reduced.Term);
        Assert.Equal((0, new LocalDate(2015, 10, 31)), (plan.NewGoodConductTimeDays, plan.NewProjectedReleaseDate));
        Assert.True(plan.ImmediateRelease);
        Assert.Equal(new LocalDate(2015, 10, 30), plan.ReleaseDate);
    }

    [Fact]
    public void The_trace_says_a_term_cut_to_zero_months_is_time_served()
    {
        var trace = new ListTrace();
        Planner.Plan(Case(new LocalDate(2015, 10, 10), termMonths: 3), 0, FirstWave, FirstWave, trace);
        var step = trace.Steps.Single(s => s.Step == "Reduced term");
        Assert.Equal("time served: 0 months 22 days, from the start to the order's effective date 2015-11-01", step.Value);
        Assert.Contains("§1B1.10(b)(2)(C)", step.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_status_is_refused() =>
        Assert.Equal("case 'case-1': custody.status = 7: allowed: institution, rrc, home-confinement",
            Assert.Throws<CustodyInputException>(() => Plan(Case(new LocalDate(2010, 1, 1), status: (CustodyStatus)7), 70)).Message);

    [Fact]
    public void An_unknown_detainer_is_refused() =>
        Assert.Equal("detainers", Assert.Throws<CustodyInputException>(() => Plan(Case(new LocalDate(2010, 1, 1), detainers: [(Detainer)9]), 70)).Error.Field);

    [Fact]
    public void Missing_custody_is_refused() =>
        Assert.Equal("custody", CustodyInputValidator.Validate(Case(new LocalDate(2010, 1, 1)) with { Custody = null })!.Field);

    [Fact]
    public void Missing_term_is_refused() =>
        Assert.Equal("case 'case-1': termMonths = (missing): a term in months or life is required",
            CustodyInputValidator.Validate(Case(new LocalDate(2010, 1, 1), termMonths: null))!.ToString());

    [Fact]
    public void The_trace_explains_each_date_and_agrees_with_the_batch_path()
    {
        var @case = Case(new LocalDate(2008, 6, 1), detainers: [Detainer.Ice]);
        var trace = new ListTrace();
        var traced = Planner.Plan(@case, 70, FirstWave, FirstWave, trace);
        Assert.Equal(Plan(@case, 70), traced);
        Assert.Equal(
            ["Computation start", "Full-term date", "Good conduct time", "Projected release date", "Reduced term",
             "Full-term date", "Good conduct time", "Projected release date",
             "Release day under the order", "Release date", "Disposition", "Supervised release starts"],
            trace.Steps.Select(s => s.Step));
        Assert.StartsWith("2015-10-30, the last preceding weekday", trace.Steps[9].Value, StringComparison.Ordinal);
        Assert.Equal("ice-custody", trace.Steps[10].Value);
    }
}
