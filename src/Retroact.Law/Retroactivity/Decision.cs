using System.Collections.Immutable;
using NodaTime;
using Retroact.Law.Tracing;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// An explained §1B1.10 decision for one case and one amendment: eligibility, the original and amended ranges, the
/// modelled reduced term and every step with its citation. The reduced term is the U.S. Sentencing Commission's
/// comparable-position assumption, a modelled default, not what a court must do.
/// </summary>
/// <param name="CaseId">The case's id.</param>
/// <param name="Amendment">The amendment the motion relies on, e.g. "782" or "821A".</param>
/// <param name="Figures">The figures.</param>
/// <param name="ConsecutiveMonths">The consecutive term (e.g. 18 U.S.C. §924(c)) that no amendment touches; added to either term for the aggregate.</param>
/// <param name="Substituted">The amendments substituted for the amended range (§1B1.10(b)(1)), in order.</param>
/// <param name="Trace">Every step, in order.</param>
public sealed record Decision(
    string CaseId,
    string Amendment,
    DecisionFigures Figures,
    int ConsecutiveMonths,
    ImmutableArray<int> Substituted,
    IReadOnlyList<TraceStep> Trace)
{
    /// <summary>True when the court may reduce the term.</summary>
    public bool Eligible => Figures.Eligible;

    /// <summary>Why the case is or is not eligible.</summary>
    public EligibilityReason Reason => Figures.Reason;

    /// <summary>The original calculation.</summary>
    public GuidelineSummary Original => Figures.Original;

    /// <summary>The amended calculation, or <c>null</c> when the amendment does not apply.</summary>
    public GuidelineSummary? Amended => Figures.Amended;

    /// <summary>The guideline term in months (life = 470).</summary>
    public int TermMonths => Figures.TermMonths;

    /// <summary>The modelled reduced guideline term (life = 470), or <c>null</c> when not eligible.</summary>
    public int? ReducedTermMonths => Figures.ReducedTermMonths;

    /// <summary>The floor that set the reduced term.</summary>
    public TermFloor LimitedBy => Figures.LimitedBy;

    /// <summary>The order's effective date.</summary>
    public LocalDate OrderEffectiveDate => Figures.OrderEffectiveDate;
}
