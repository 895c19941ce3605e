using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Tracing;

namespace Retroact.Law.Tests.Retroactivity;

/// <summary>The worked examples of USSG §1B1.10, comment. (n.3, n.4), as printed in the 2016 and 2025 Manuals.</summary>
public class ApplicationNoteTests
{
    [Fact]
    public void Note_3_term_at_the_bottom_of_the_range_goes_no_lower_than_the_amended_minimum_51()
    {
        // n.3: original range 70–87, term 70, amended range 51–63: "may not reduce ... to a term less than 51 months".
        var result = Compute(new(70, 87), new(51, 63), 70, null);
        Assert.Equal(51, result.Months);
        Assert.Equal(TermPosition.WithinRange, result.Position);
    }

    [Fact]
    public void Note_3_variance_to_56_still_stops_at_51()
    {
        // n.3: "if the term ... imposed was ... 56 months (representing a downward departure or variance) ... 51 months".
        var result = Compute(new(70, 87), new(51, 63), 56, null);
        Assert.Equal(51, result.Months);
        Assert.Equal(TermPosition.BelowRangeOther, result.Position);
        Assert.Equal(TermFloor.AmendedMinimum, result.LimitedBy);
    }

    [Fact]
    public void Note_3_substantial_assistance_20_percent_below_70_gives_41()
    {
        // n.3: 56 is 20% below 70; "a reduction to a term of imprisonment of 41 months (representing a reduction of
        // approximately 20 percent below the minimum term of imprisonment provided by the amended guideline range
        // determined under subsection (b)(1)) may be appropriate". 56 × 51 / 70 = 40.8 → 41.
        var result = Compute(new(70, 87), new(51, 63), 56, SubstantialAssistance.Section5K1_1);
        Assert.Equal(41, result.Months);
        Assert.Equal(TermPosition.BelowRangeSubstantialAssistance, result.Position);
    }

    [Fact]
    public void Note_4_minimum_120_range_135_168_term_101_amended_108_135_gives_81()
    {
        // n.4(A): statutory minimum 120; range 135–168; §3553(e) motion, term 101; amended range 108–135, not
        // restricted by §5G1.1 (§1B1.10(c)); "a reduction to 81 months (representing a reduction of approximately
        // 25 percent below 108 months) would amount to a comparable reduction". 101 × 108 / 135 = 80.8 → 81.
        var result = Compute(new(135, 168), new(108, 135), 101, SubstantialAssistance.Section3553e, statutoryMinimum: 120);
        Assert.Equal(81, result.Months);
        Assert.Equal(TermFloor.None, result.LimitedBy);
    }

    [Fact]
    public void Note_4_range_restricted_to_120_135_term_90_amended_87_108_gives_65()
    {
        // n.4(B): range 108–135 restricted by §5G1.1 to 120–135; §3553(e) motion, term 90 (25% below 120);
        // amended range 87–108; "a reduction to 65 months ... (approximately 25 percent below 87 months)".
        // 90 × 87 / 120 = 65.25 → 65.
        var result = Compute(new(120, 135), new(87, 108), 90, SubstantialAssistance.Section3553e, statutoryMinimum: 120);
        Assert.Equal(65, result.Months);
    }

    [Fact]
    public void A_traced_reduction_cites_a_provision_at_every_step()
    {
        var trace = new ListTrace();
        var facts = new ReductionFacts { Original = new(70, 87), Amended = new(51, 63), TermMonths = 56, SubstantialAssistance = SubstantialAssistance.Section5K1_1 };
        ReducedTermCalculator.Compute(in facts, trace);
        Assert.NotEmpty(trace.Steps);
        Assert.All(trace.Steps, s => Assert.Contains("§", s.Citation, StringComparison.Ordinal));
        Assert.Contains(trace.Steps, s => s.Citation == "USSG §1B1.10(b)(2)(B) and comment. (n.3, n.4)" && s.Value == "41 months");
        Assert.Contains(trace.Steps, s => s is { Step: "Floor: term already served", Value: "not checked" });
    }

    private static ReducedTerm Compute(MonthRange original, MonthRange amended, int term, SubstantialAssistance? motion, int? statutoryMinimum = null)
    {
        var facts = new ReductionFacts
        {
            Original = original,
            Amended = amended,
            TermMonths = term,
            SubstantialAssistance = motion,
            StatutoryMinimumMonths = statutoryMinimum,
        };
        return ReducedTermCalculator.Compute(in facts, default(NoTrace));
    }
}
