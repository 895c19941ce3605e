using NodaTime;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Tracing;

namespace Retroact.Law.Tests.Retroactivity;

/// <summary>The comparable-position rules and the floors of USSG §1B1.10(b)(2), worked by hand.</summary>
public class ReducedTermFloorTests
{
    [Theory]
    [InlineData(70, 51)] // bottom of 70–87 → bottom of 51–63
    [InlineData(87, 63)] // top → top
    [InlineData(78, 57)] // 51 + 8 × 12 / 17 = 51 + 5.647 → 57
    public void Within_the_range_keeps_the_relative_position(int term, int expected)
        => Assert.Equal(expected, Compute(new(70, 87), new(51, 63), term).Months);

    [Fact]
    public void A_half_month_rounds_up_not_to_even()
    {
        // 100–110 → 80–85, term 105: 80 + 5 × 5 / 10 = 82.5 → 83 (round-to-even would give 82).
        Assert.Equal(83, Compute(new(100, 110), new(80, 85), 105).Months);
        // 40.5 → 41: 81 × 51 / 102 = 40.5 on a substantial-assistance term below 102–127.
        Assert.Equal(41, Compute(new(102, 127), new(51, 63), 81, SubstantialAssistance.Section5K1_1).Months);
    }

    [Fact]
    public void Above_the_range_takes_the_same_proportion_of_the_amended_maximum()
        // 100 above 70–87 → 100 × 63 / 87 = 72.41 → 72.
        => Assert.Equal(72, Compute(new(70, 87), new(51, 63), 100).Months);

    [Fact]
    public void Life_counts_as_470_and_a_result_of_470_stays_life()
    {
        // Level 43, life–life → 42, 360–life; a life term within O with oMax = oMin goes to aMin = 360.
        Assert.Equal(360, Compute(new(MonthArithmetic.Life, MonthArithmetic.Life), new(360, MonthArithmetic.Life), MonthArithmetic.Life).Months);
        // 360–life, life term at the top → 324–405: top → 405.
        Assert.Equal(405, Compute(new(360, MonthArithmetic.Life), new(324, 405), MonthArithmetic.Life).Months);
        // Unchanged 360–life keeps a life term at 470.
        Assert.Equal(MonthArithmetic.Life, Compute(new(360, MonthArithmetic.Life), new(360, MonthArithmetic.Life), MonthArithmetic.Life).Months);
        Assert.Equal("life", MonthArithmetic.Describe(470));
    }

    [Fact]
    public void A_statutory_minimum_binds_a_5K1_1_term_but_not_a_3553e_term()
    {
        // Minimum 120, range 151–188 → 121–151 (amended range not restricted: neither motion changes it here).
        // §5K1.1 term 120 (at the minimum, the lowest a §5K1.1 motion allows): 120 × 121 / 151 = 96.2 → 96, raised to 120.
        var k = Compute(new(151, 188), new(121, 151), 120, SubstantialAssistance.Section5K1_1, statutoryMinimum: 120);
        Assert.Equal(120, k.Months);
        Assert.Equal(TermFloor.StatutoryMinimum, k.LimitedBy);
        // §3553(e) term 100: 100 × 121 / 151 = 80.13 → 80, the minimum does not bind.
        var e = Compute(new(151, 188), new(121, 151), 100, SubstantialAssistance.Section3553e, statutoryMinimum: 120);
        Assert.Equal(80, e.Months);
        Assert.Equal(TermFloor.None, e.LimitedBy);
    }

    [Fact]
    public void The_safety_valve_lifts_the_statutory_minimum()
    {
        // 57–71 → 46–57 with a 60-month minimum lifted by §3553(f): term 57 → 46.
        var facts = new ReductionFacts { Original = new(57, 71), Amended = new(46, 57), TermMonths = 57, StatutoryMinimumMonths = 60, SafetyValve = true };
        Assert.Equal(46, ReducedTermCalculator.Compute(in facts, default(NoTrace)).Months);
    }

    [Fact]
    public void A_variance_at_or_below_the_amended_minimum_is_not_reduced()
    {
        // 70–87 → 51–63, variance to 48: aMin 51 is not below 48, so the term stays 48.
        var result = Compute(new(70, 87), new(51, 63), 48);
        Assert.Equal(48, result.Months);
        Assert.Equal(TermFloor.AmendedMinimum, result.LimitedBy);
    }

    [Fact]
    public void Time_served_floor_sets_the_result()
    {
        // 70–87 → 51–63, term 70 → 51, but 60 months served: the reduced term is 60.
        var facts = new ReductionFacts { Original = new(70, 87), Amended = new(51, 63), TermMonths = 70, MonthsServed = 60 };
        var result = ReducedTermCalculator.Compute(in facts, default(NoTrace));
        Assert.Equal(60, result.Months);
        Assert.Equal(TermFloor.TimeServed, result.LimitedBy);
        Assert.True(result.TimeServedChecked);
    }

    [Theory]
    [InlineData(64, 60, 51, null)] // 64 of an aggregate 63 + 60 served: 4 on the guideline term, below 51 (the review's case)
    [InlineData(120, 60, 60, "time-served")] // 120 − 60 = 60 on the guideline term, above 51
    [InlineData(50, 60, 51, null)] // still serving the first months of the aggregate: floor 0
    public void Time_served_floor_counts_against_the_aggregate_with_the_consecutive_term(int served, int consecutive, int expected, string? limitedBy)
    {
        // 18 U.S.C. §3584(c): the terms are one aggregate; §1B1.10(b)(2)(C) then bars a reduced aggregate below the time served,
        // so the floor on the guideline term is served − consecutive (never below 0).
        var facts = new ReductionFacts { Original = new(63, 78), Amended = new(51, 63), TermMonths = 63, MonthsServed = served, ConsecutiveMonths = consecutive };
        var result = ReducedTermCalculator.Compute(in facts, default(NoTrace));
        Assert.Equal(expected, result.Months);
        Assert.Equal(limitedBy, result.LimitedBy.Code());
    }

    [Fact]
    public void Served_beyond_the_term_leaves_the_term()
    {
        var facts = new ReductionFacts { Original = new(70, 87), Amended = new(51, 63), TermMonths = 70, MonthsServed = 75 };
        var result = ReducedTermCalculator.Compute(in facts, default(NoTrace));
        Assert.Equal(70, result.Months);
        Assert.Equal(TermFloor.TimeServed, result.LimitedBy);
    }

    [Theory]
    [InlineData("2010-01-15", 0, "2015-11-01", 69)] // Jan 15 2010 + 69 months = Oct 15 2015 ≤ Nov 1; + 70 = Nov 15 > Nov 1
    [InlineData("2010-01-15", 0, "2015-11-15", 70)] // the day the 70th month ends counts
    [InlineData("2010-03-01", 30, "2015-10-29", 68)] // start = Jan 30 2010; + 68 months = Sep 30 2015 ≤ Oct 29; + 69 = Oct 30 > Oct 29
    [InlineData("2014-01-31", 0, "2014-02-28", 1)] // Jan 31 + 1 month = Feb 28 (end of the shorter month)
    [InlineData("2016-01-01", 0, "2015-11-01", 0)] // not yet commenced
    public void Months_served_are_whole_calendar_months_from_the_credited_start(string commenced, int priorDays, string asOf, int expected)
    {
        var custody = new CustodyFacts { CommencedOn = Parse(commenced), PriorCustodyDays = priorDays };
        Assert.Equal(expected, TimeServed.MonthsServed(custody, Parse(asOf)));
    }

    [FsCheck.Xunit.Property(MaxTest = 5000)]
    public bool Months_served_is_the_largest_n_with_start_plus_n_calendar_months_on_or_before_the_date(ushort startDays, ushort spanDays, ushort priorDays)
    {
        var custody = new CustodyFacts { CommencedOn = new LocalDate(2000, 1, 1).PlusDays(startDays % 9000), PriorCustodyDays = priorDays % 800 };
        var asOf = custody.CommencedOn.PlusDays(spanDays % 9000);
        var start = custody.CommencedOn.PlusDays(-custody.PriorCustodyDays);
        var n = 0;
        while (start.PlusMonths(n + 1) <= asOf)
        {
            n++;
        }

        return TimeServed.MonthsServed(custody, asOf) == n;
    }

    private static LocalDate Parse(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    private static ReducedTerm Compute(MonthRange original, MonthRange amended, int term, SubstantialAssistance? motion = null, int? statutoryMinimum = null)
    {
        var facts = new ReductionFacts { Original = original, Amended = amended, TermMonths = term, SubstantialAssistance = motion, StatutoryMinimumMonths = statutoryMinimum };
        return ReducedTermCalculator.Compute(in facts, default(NoTrace));
    }
}
