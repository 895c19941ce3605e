using FsCheck.Xunit;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Tracing;

namespace Retroact.Law.Tests.Retroactivity;

/// <summary>The limits of USSG §1B1.10(b)(2), stated as the policy statement states them, over generated ranges and terms.</summary>
public class ReductionProperties
{
    [Property(MaxTest = 5000)]
    public bool A_reduction_never_raises_a_term(ushort oMin, byte oWidth, byte aDrop, byte aWidthCut, ushort term, byte motion, byte minimum, byte served)
    {
        var facts = Facts(oMin, oWidth, aDrop, aWidthCut, term, motion, minimum, served);
        return ReducedTermCalculator.Compute(in facts, default(NoTrace)).Months <= facts.TermMonths;
    }

    [Property(MaxTest = 5000)]
    public bool Never_below_the_amended_minimum_without_substantial_assistance(ushort oMin, byte oWidth, byte aDrop, byte aWidthCut, ushort term, byte minimum, byte served)
    {
        // §1B1.10(b)(2)(A): "shall not reduce ... to a term that is less than the minimum of the amended guideline range"
        // (unless the term is already lower: a reduction never raises it).
        var facts = Facts(oMin, oWidth, aDrop, aWidthCut, term, motion: 0, minimum, served);
        var reduced = ReducedTermCalculator.Compute(in facts, default(NoTrace)).Months;
        return reduced >= Math.Min(facts.Amended.MinMonths, facts.TermMonths);
    }

    [Property(MaxTest = 5000)]
    public bool An_unchanged_range_keeps_the_term(ushort oMin, byte oWidth, ushort term, byte motion, byte minimum)
    {
        // §1B1.10(a)(2)(B): no reduction when the range is not lowered; the arithmetic itself gives back T.
        var facts = Facts(oMin, oWidth, aDrop: 0, aWidthCut: 0, term, motion, minimum, served: 0) with { MonthsServed = null };
        return ReducedTermCalculator.Compute(in facts, default(NoTrace)).Months == facts.TermMonths;
    }

    [Property(MaxTest = 5000)]
    public bool Never_below_months_served_unless_that_is_above_the_term(ushort oMin, byte oWidth, byte aDrop, byte aWidthCut, ushort term, byte motion, byte minimum, byte served)
    {
        // §1B1.10(b)(2)(C): "In no event may the reduced term ... be less than the term ... already served."
        var facts = Facts(oMin, oWidth, aDrop, aWidthCut, term, motion, minimum, served);
        var reduced = ReducedTermCalculator.Compute(in facts, default(NoTrace)).Months;
        return reduced >= Math.Min(facts.MonthsServed!.Value, facts.TermMonths);
    }

    [Property(MaxTest = 5000)]
    public bool The_reduced_aggregate_is_never_below_the_months_served_unless_that_is_above_the_aggregate(ushort oMin, byte oWidth, byte aDrop, byte aWidthCut, ushort term, byte motion, byte minimum, ushort served, byte consecutive)
    {
        // §1B1.10(b)(2)(C) with 18 U.S.C. §3584(c): the terms are one aggregate, so reduced + consecutive ≥ served
        // (or the aggregate stays as imposed); and the consecutive term never lowers the floor below what §1B1.10(b)(2)(A) allows.
        var c = consecutive % 121;
        var facts = Facts(oMin, oWidth, aDrop, aWidthCut, term, motion, minimum, served: 0) with { MonthsServed = served % 700, ConsecutiveMonths = c };
        var reduced = ReducedTermCalculator.Compute(in facts, default(NoTrace)).Months;
        var withoutConsecutive = ReducedTermCalculator.Compute(facts with { MonthsServed = Math.Max(0, facts.MonthsServed!.Value - c), ConsecutiveMonths = 0 }, default(NoTrace)).Months;
        return reduced + c >= Math.Min(facts.MonthsServed!.Value, facts.TermMonths + c) && reduced == withoutConsecutive;
    }

    /// <summary>
    /// Builds a consistent fact set: O within 0–470, A no higher than O at either end, T anywhere from 0 to 470, a
    /// motion (none, §5K1.1, §3553(e), Rule 35(b)), a statutory minimum of 0, 60 or 120 months, and months served.
    /// A §5K1.1 term never lies below the statutory minimum (the motion gives no such authority).
    /// </summary>
    internal static ReductionFacts Facts(ushort oMin, byte oWidth, byte aDrop, byte aWidthCut, ushort term, byte motion, byte minimum, byte served)
    {
        var originalMin = oMin % 400;
        var originalMax = Math.Min(MonthArithmetic.Life, originalMin + (oWidth % 80));
        var amendedMin = Math.Max(0, originalMin - (aDrop % 60));
        var amendedMax = Math.Max(amendedMin, originalMax - (aDrop % 60) - (aWidthCut % 5));
        SubstantialAssistance? sa = (motion % 4) switch
        {
            1 => SubstantialAssistance.Section5K1_1,
            2 => SubstantialAssistance.Section3553e,
            3 => SubstantialAssistance.Rule35b,
            _ => null,
        };
        int? statutoryMinimum = (minimum % 3) switch { 1 => 60, 2 => 120, _ => null };
        var t = term % (MonthArithmetic.Life + 1);
        if (statutoryMinimum is { } m && sa is null or SubstantialAssistance.Section5K1_1)
        {
            t = Math.Max(t, m);
        }

        return new ReductionFacts
        {
            Original = new(originalMin, originalMax),
            Amended = new(amendedMin, amendedMax),
            TermMonths = t,
            SubstantialAssistance = sa,
            StatutoryMinimumMonths = statutoryMinimum,
            MonthsServed = served,
        };
    }
}
