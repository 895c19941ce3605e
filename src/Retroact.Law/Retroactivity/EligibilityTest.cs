namespace Retroact.Law.Retroactivity;

/// <summary>
/// Eligibility under 18 U.S.C. §3582(c)(2) and USSG §1B1.10(a), after the applicability, already-applied and coverage
/// checks: the first reason that holds, in the order of <see cref="EligibilityReason"/>. The last step
/// (<see cref="EligibilityReason.NoReductionAvailable"/> against <see cref="EligibilityReason.Eligible"/>) needs the
/// reduced term and is decided by <see cref="Finish"/>.
/// </summary>
public static class EligibilityTest
{
    /// <summary>
    /// The reason the range was not lowered, or <c>null</c> when it was: neither the offense level nor the category changed
    /// (<see cref="EligibilityReason.RangeNotLowered"/>); the career-offender level controls
    /// (<see cref="EligibilityReason.CareerOffender"/>); the table range fell but a statutory minimum above the amended table
    /// minimum keeps the range where it was (<see cref="EligibilityReason.MandatoryMinimum"/>); any other reason, such as a
    /// statutory maximum (<see cref="EligibilityReason.RangeNotLowered"/>).
    /// </summary>
    /// <param name="original">The original calculation.</param>
    /// <param name="amended">The amended calculation.</param>
    /// <param name="bindingMinimumMonths">The statutory minimum that restricts the ranges (<c>null</c> when none, or when the safety valve lifted it).</param>
    public static EligibilityReason? RangeBar(in GuidelineSummary original, in GuidelineSummary amended, int? bindingMinimumMonths)
    {
        if (amended.GuidelineOffenseLevel == original.GuidelineOffenseLevel && amended.GuidelineCategory == original.GuidelineCategory
            && amended.BaseOffenseLevel == original.BaseOffenseLevel)
        {
            return EligibilityReason.RangeNotLowered;
        }

        if (Lowered(original.Range, amended.Range))
        {
            return null;
        }

        var careerOffenderControls = amended.CareerOffender
            && (amended.TotalOffenseLevel != amended.GuidelineOffenseLevel || amended.CriminalHistoryCategory != amended.GuidelineCategory);
        if (careerOffenderControls)
        {
            return EligibilityReason.CareerOffender;
        }

        var minimumHolds = bindingMinimumMonths is { } minimum && minimum > amended.TableRange.MinMonths;
        return minimumHolds && Lowered(original.TableRange, amended.TableRange) ? EligibilityReason.MandatoryMinimum : EligibilityReason.RangeNotLowered;
    }

    /// <summary>After a lowered range: <see cref="EligibilityReason.Eligible"/> when the reduced term is below the term, otherwise <see cref="EligibilityReason.NoReductionAvailable"/>.</summary>
    public static EligibilityReason Finish(int termMonths, int reducedTermMonths) =>
        reducedTermMonths < termMonths ? EligibilityReason.Eligible : EligibilityReason.NoReductionAvailable;

    /// <summary>
    /// True when <paramref name="amended"/> is lower than <paramref name="original"/>: different, and neither end higher —
    /// the amendment "ha[s] the effect of lowering the defendant's applicable guideline range" (§1B1.10(a)(2)(B)).
    /// </summary>
    public static bool Lowered(MonthRange original, MonthRange amended) =>
        amended != original && amended.MinMonths <= original.MinMonths && amended.MaxMonths <= original.MaxMonths;
}
