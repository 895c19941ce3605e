namespace Retroact.Law.Retroactivity;

/// <summary>
/// Eligibility under 18 U.S.C. §3582(c)(2) and USSG §1B1.10(a): the first reason that holds, in the order of
/// <see cref="EligibilityReason"/>; the last step (<see cref="EligibilityReason.NoReductionAvailable"/> against
/// <see cref="EligibilityReason.Eligible"/>) needs the reduced term and is decided by <see cref="Finish"/>.
/// </summary>
public static class EligibilityTest
{
    /// <summary>
    /// The reason that bars a reduction before the term is looked at, or <c>null</c> when the range was lowered:
    /// not applicable; already applied; not covered; neither the offense level nor the category changed
    /// (range not lowered); the career-offender range controls; a statutory minimum keeps the range where it was;
    /// any other reason the range did not fall (range not lowered).
    /// </summary>
    public static EligibilityReason? Bar(in EligibilityFacts facts)
    {
        if (!facts.Applicable)
        {
            return EligibilityReason.NotApplicable;
        }

        if (facts.AlreadyApplied)
        {
            return EligibilityReason.AlreadyApplied;
        }

        if (!facts.Covered)
        {
            return EligibilityReason.NotCovered;
        }

        var o = facts.Original;
        var a = facts.Amended;
        if (a.GuidelineOffenseLevel == o.GuidelineOffenseLevel && a.CategoryFromPoints == o.CategoryFromPoints)
        {
            return EligibilityReason.RangeNotLowered;
        }

        if (Lowered(o.Range, a.Range))
        {
            return null;
        }

        if (a.CareerOffenderControls)
        {
            return EligibilityReason.CareerOffender;
        }

        return Lowered(o.TableRange, a.TableRange) ? EligibilityReason.MandatoryMinimum : EligibilityReason.RangeNotLowered;
    }

    /// <summary>After a lowered range: <see cref="EligibilityReason.Eligible"/> when the reduced term is below the term, otherwise <see cref="EligibilityReason.NoReductionAvailable"/>.</summary>
    public static EligibilityReason Finish(int termMonths, int reducedTermMonths) =>
        reducedTermMonths < termMonths ? EligibilityReason.Eligible : EligibilityReason.NoReductionAvailable;

    /// <summary>
    /// True when <paramref name="amended"/> is lower than <paramref name="original"/>: different, and neither end higher.
    /// "has the effect of lowering the defendant's applicable guideline range" (§1B1.10(a)(2)(B)).
    /// </summary>
    public static bool Lowered(MonthRange original, MonthRange amended) =>
        amended != original && amended.MinMonths <= original.MinMonths && amended.MaxMonths <= original.MaxMonths;
}
