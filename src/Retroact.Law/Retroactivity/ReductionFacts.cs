using Retroact.Law.Cases;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// Everything the §1B1.10(b)(2) reduced-term computation needs, already decided upstream: the two ranges, the
/// guideline term (life as <see cref="MonthArithmetic.Life"/>), the motion behind a below-range term, and the floors.
/// </summary>
public readonly record struct ReductionFacts
{
    /// <summary>O: the original applicable range (§5G1.1-restricted, before any departure or variance; App. Note 1(A)).</summary>
    public required MonthRange Original { get; init; }

    /// <summary>A: the amended guideline range (§1B1.10(b)(1); without §5G1.1 under §1B1.10(c)).</summary>
    public required MonthRange Amended { get; init; }

    /// <summary>T: the term on the counts the guidelines govern, in months (life = 470); never the consecutive term.</summary>
    public required int TermMonths { get; init; }

    /// <summary>The government substantial-assistance motion behind the term, if any.</summary>
    public SubstantialAssistance? SubstantialAssistance { get; init; }

    /// <summary>The statutory minimum in months; <c>null</c> when none.</summary>
    public int? StatutoryMinimumMonths { get; init; }

    /// <summary>True when 18 U.S.C. §3553(f) (the safety valve) lifted the statutory minimum.</summary>
    public bool SafetyValve { get; init; }

    /// <summary>
    /// Whole months served by the order's effective date (see <see cref="TimeServed"/>) on the whole sentence; <c>null</c>
    /// when no custody data, and the floor is then not checked.
    /// </summary>
    public int? MonthsServed { get; init; }

    /// <summary>
    /// The consecutive term (e.g. 18 U.S.C. §924(c)) that no amendment touches; 0 when none. The Bureau of Prisons serves
    /// consecutive terms as one aggregate term (18 U.S.C. §3584(c)), so months served count against the aggregate, and the
    /// §1B1.10(b)(2)(C) floor on the guideline term is the months served less this term (never below 0).
    /// </summary>
    public int ConsecutiveMonths { get; init; }

    /// <summary>
    /// The §1B1.10(b)(2)(C) floor on the guideline term: <see cref="MonthsServed"/> less <see cref="ConsecutiveMonths"/>,
    /// never below 0 — the reduced aggregate (guideline term + consecutive term) may not be less than the time served.
    /// <c>null</c> without custody data.
    /// </summary>
    public int? GuidelineMonthsServed => MonthsServed is { } served ? Math.Max(0, served - ConsecutiveMonths) : null;

    /// <summary>
    /// True when the statutory minimum does not bind the reduced term: the safety valve applied, or the government moved
    /// under 18 U.S.C. §3553(e) or Fed. R. Crim. P. 35(b). A §5K1.1 motion alone never goes below a statutory minimum.
    /// </summary>
    public bool StatutoryMinimumLifted =>
        SafetyValve || SubstantialAssistance is Cases.SubstantialAssistance.Section3553e or Cases.SubstantialAssistance.Rule35b;
}
