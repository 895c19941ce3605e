using Retroact.Custody.Computation;

namespace Retroact.Impact.Outcomes;

/// <summary>
/// One case's result, flattened for aggregation: the §1B1.10 decision, the release plan, and the interned
/// breakdown keys. Blittable (40 bytes), so a million of them are 40 MB and aggregate without allocation.
/// Dates are <see cref="DayNumbers"/> values, <see cref="DayNumbers.None"/> when not computed.
/// </summary>
public struct CaseOutcome
{
    /// <summary>The eligibility reason; <see cref="OutcomeReason.Eligible"/> means a reduction is possible.</summary>
    public OutcomeReason Reason;

    /// <summary>Yes/no facts: life term, release planned, first wave, out before the order, assumptions filled.</summary>
    public OutcomeFlags Flags;

    /// <summary>Where the person goes on the release date; <see cref="ReleaseDisposition.None"/> without a planned release.</summary>
    public ReleaseDisposition Disposition;

    /// <summary>Which floor, if any, set the reduced term.</summary>
    public LimitingFloor LimitedBy;

    /// <summary>The guideline term in months (life counted as 470); consecutive terms excluded.</summary>
    public short TermMonths;

    /// <summary>The reduced guideline term in months when eligible; equal to <see cref="TermMonths"/> otherwise.</summary>
    public short ReducedTermMonths;

    /// <summary>The projected release date under the original term (day number), or <see cref="DayNumbers.None"/>.</summary>
    public int OriginalReleaseDay;

    /// <summary>The day the person leaves under the reduction (after the weekend and holiday rule), or <see cref="DayNumbers.None"/>.</summary>
    public int ReleaseDay;

    /// <summary>The interned value of each breakdown dimension.</summary>
    public BreakdownKeys Keys;

    /// <summary>True when a reduction is possible (the reason is <see cref="OutcomeReason.Eligible"/>).</summary>
    public readonly bool Eligible => Reason == OutcomeReason.Eligible;

    /// <summary>Months cut from the guideline term; 0 when not eligible.</summary>
    public readonly int ReductionMonths => Eligible ? TermMonths - ReducedTermMonths : 0;

    /// <summary>True when <paramref name="flag"/> is set.</summary>
    public readonly bool Has(OutcomeFlags flag) => (Flags & flag) == flag;

    /// <summary>
    /// True when a granted motion moves this person's release: eligible, a release was planned, and the person was
    /// not already out before any order could take effect.
    /// </summary>
    public readonly bool ReleasedByOrder =>
        Eligible && (Flags & (OutcomeFlags.HasRelease | OutcomeFlags.ReleasedBeforeOrder)) == OutcomeFlags.HasRelease;

    /// <summary>
    /// Days of custody a granted motion saves: original projected release minus actual release, never negative; 0 without
    /// a moved release, and 0 for a life term, which has no original projected release date to count to.
    /// </summary>
    public readonly int SavedDays =>
        ReleasedByOrder && OriginalReleaseDay != DayNumbers.None ? Math.Max(0, OriginalReleaseDay - ReleaseDay) : 0;
}
