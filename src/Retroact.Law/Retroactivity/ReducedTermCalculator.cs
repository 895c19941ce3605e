using Retroact.Law.Tracing;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// The reduced term under USSG §1B1.10(b)(2): the U.S. Sentencing Commission's comparable-position assumption (the
/// default its impact estimates use, not a rule a court must follow), then the limits the policy statement sets.
/// Pure and allocation-free on the <see cref="NoTrace"/> path.
/// </summary>
public static class ReducedTermCalculator
{
    private const string TimeServedCitation =
        "USSG §1B1.10(b)(2)(C); 18 U.S.C. §3584(c) (consecutive terms are administered as one aggregate term)";

    private const string ModelledDefault =
        "USSC comparable-position assumption (a modelled default; §1B1.10(b)(2) sets only the limits)";

    /// <summary>
    /// Computes the reduced term for <paramref name="facts"/>. With O = [oMin, oMax], A = [aMin, aMax] and T the term:
    /// T within O → aMin + (T − oMin) × (aMax − aMin) / (oMax − oMin) (aMin when oMax = oMin);
    /// T below O on a substantial-assistance motion → T × aMin / oMin (§1B1.10(b)(2)(B));
    /// T below O otherwise → aMin (§1B1.10(b)(2)(A)); T above O → T × aMax / oMax (T itself when oMax = 0, where no proportion exists); each rounded halves up.
    /// Then the floors, each taking over only when strictly higher than the result so far: a statutory minimum that
    /// still binds, the amended minimum (except under (b)(2)(B)), the months already served less any consecutive term (§1B1.10(b)(2)(C); the Bureau of Prisons serves the
    /// terms as one aggregate, 18 U.S.C. §3584(c));
    /// finally never above T. Below the range without a substantial-assistance motion the result is reported as limited by
    /// the amended minimum.
    /// </summary>
    public static ReducedTerm Compute<TTrace>(in ReductionFacts facts, TTrace trace)
        where TTrace : struct, ITrace
    {
        var o = facts.Original;
        var a = facts.Amended;
        var t = facts.TermMonths;
        var position = t < o.MinMonths
            ? facts.SubstantialAssistance is null ? TermPosition.BelowRangeOther : TermPosition.BelowRangeSubstantialAssistance
            : t > o.MaxMonths ? TermPosition.AboveRange : TermPosition.WithinRange;

        var comparable = position switch
        {
            TermPosition.WithinRange => o.MaxMonths == o.MinMonths
                ? a.MinMonths
                : a.MinMonths + MonthArithmetic.RoundHalfUp((long)(t - o.MinMonths) * (a.MaxMonths - a.MinMonths), o.MaxMonths - o.MinMonths),
            TermPosition.BelowRangeSubstantialAssistance => MonthArithmetic.RoundHalfUp((long)t * a.MinMonths, o.MinMonths),
            TermPosition.BelowRangeOther => a.MinMonths,
            _ => o.MaxMonths == 0 ? t : MonthArithmetic.RoundHalfUp((long)t * a.MaxMonths, o.MaxMonths),
        };
        if (trace.IsEnabled)
        {
            TraceComparable(in facts, position, comparable, trace);
        }

        var result = comparable;

        // Below the range without a substantial-assistance motion the amended minimum itself is the result (§1B1.10(b)(2)(A)).
        var limitedBy = position == TermPosition.BelowRangeOther ? TermFloor.AmendedMinimum : TermFloor.None;
        if (facts.StatutoryMinimumMonths is { } statutoryMinimum && !facts.StatutoryMinimumLifted && statutoryMinimum > result)
        {
            result = statutoryMinimum;
            limitedBy = TermFloor.StatutoryMinimum;
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep(
                    "Floor: statutory minimum",
                    $"minimum {statutoryMinimum} months; no safety valve, no §3553(e) or Rule 35(b) motion",
                    MonthArithmetic.Describe(result),
                    "18 U.S.C. §3553(e), (f); USSG §1B1.10 comment. (n.1(A))"));
            }
        }

        if (position != TermPosition.BelowRangeSubstantialAssistance && a.MinMonths > result)
        {
            result = a.MinMonths;
            limitedBy = TermFloor.AmendedMinimum;
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep(
                    "Floor: amended guideline minimum",
                    $"amended range {a}",
                    MonthArithmetic.Describe(result),
                    "USSG §1B1.10(b)(2)(A) and comment. (n.3)"));
            }
        }

        if (facts.GuidelineMonthsServed is { } served && served > result)
        {
            result = served;
            limitedBy = TermFloor.TimeServed;
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Floor: term already served", ServedInputs(in facts), MonthArithmetic.Describe(result), TimeServedCitation));
            }
        }
        else if (trace.IsEnabled)
        {
            trace.Add(facts.MonthsServed is not null
                ? new TraceStep("Floor: term already served", ServedInputs(in facts), "does not bind", TimeServedCitation)
                : new TraceStep("Floor: term already served", "no custody data", "not checked", TimeServedCitation));
        }

        if (result > t)
        {
            result = t;
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Never above the term imposed", $"term {MonthArithmetic.Describe(t)}", MonthArithmetic.Describe(result), "18 U.S.C. §3582(c)(2) (\"may reduce the term\")"));
            }
        }

        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep("Reduced term", $"limited by {limitedBy.Code() ?? "no floor"}", MonthArithmetic.Describe(result), "USSG §1B1.10(b)(2)"));
        }

        return new ReducedTerm(result, position, comparable, limitedBy, facts.MonthsServed is not null);
    }

    private static string ServedInputs(in ReductionFacts facts) => facts.ConsecutiveMonths == 0
        ? $"{facts.MonthsServed} whole months served by the order's effective date"
        : $"{facts.MonthsServed} whole months served by the order's effective date on the aggregate term, less the {facts.ConsecutiveMonths}-month consecutive term: {facts.GuidelineMonthsServed} on the guideline term";

    private static void TraceComparable<TTrace>(in ReductionFacts facts, TermPosition position, int comparable, TTrace trace)
        where TTrace : struct, ITrace
    {
        var o = facts.Original;
        var a = facts.Amended;
        var t = facts.TermMonths;
        var step = position switch
        {
            TermPosition.WithinRange => new TraceStep(
                "Comparable position within the amended range",
                $"term {t} in original {o}; amended {a}: {a.MinMonths} + ({t} − {o.MinMonths}) × ({a.MaxMonths} − {a.MinMonths}) / ({o.MaxMonths} − {o.MinMonths}), halves up",
                MonthArithmetic.Describe(comparable),
                ModelledDefault),
            TermPosition.BelowRangeSubstantialAssistance => new TraceStep(
                "Comparably below the amended minimum (substantial assistance)",
                $"term {t} below original {o} on a {facts.SubstantialAssistance} motion: {t} × {a.MinMonths} / {o.MinMonths}, halves up",
                MonthArithmetic.Describe(comparable),
                "USSG §1B1.10(b)(2)(B) and comment. (n.3, n.4)"),
            TermPosition.BelowRangeOther => new TraceStep(
                "Below the range without a substantial-assistance motion",
                $"term {t} below original {o}; no reduction below the amended minimum {a.MinMonths}",
                MonthArithmetic.Describe(comparable),
                "USSG §1B1.10(b)(2)(A) and comment. (n.3)"),
            _ => new TraceStep(
                "Same proportion of the amended maximum",
                $"term {t} above original {o}: {t} × {a.MaxMonths} / {o.MaxMonths}, halves up",
                MonthArithmetic.Describe(comparable),
                ModelledDefault),
        };
        trace.Add(step);
    }
}
