using System.Runtime.InteropServices;
using NodaTime;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// The figures of one §1B1.10 decision, without the explanation: what the batch path returns (no allocation).
/// </summary>
[StructLayout(LayoutKind.Auto)] // the runtime packs the fields (no padding between the small ones): less to copy per decision
public readonly record struct DecisionFigures
{
    /// <summary>Why the case is or is not eligible; the first reason that holds.</summary>
    public required EligibilityReason Reason { get; init; }

    /// <summary>The effective date of the reduction order: the later of the date asked for and the amendment's earliest order date.</summary>
    public required LocalDate OrderEffectiveDate { get; init; }

    /// <summary>The original applicable range and its ingredients (edition in force at sentencing, §5G1.1-restricted).</summary>
    public required GuidelineSummary Original { get; init; }

    /// <summary>The amended range and its ingredients; <c>null</c> when the amendment does not apply to the case (not computed).</summary>
    public required GuidelineSummary? Amended { get; init; }

    /// <summary>The term on the counts the guidelines govern, in months (life = 470).</summary>
    public required int TermMonths { get; init; }

    /// <summary>The modelled reduced term (life = 470) when <see cref="Eligible"/>; otherwise <c>null</c>.</summary>
    public required int? ReducedTermMonths { get; init; }

    /// <summary>The floor that set the reduced term (also reported for <see cref="EligibilityReason.NoReductionAvailable"/>).</summary>
    public required TermFloor LimitedBy { get; init; }

    /// <summary>Whether the §1B1.10(b)(2)(C) time-served floor was checked (false without custody data or without a reduced term).</summary>
    public required bool TimeServedChecked { get; init; }

    /// <summary>True when the court may reduce the term: the reason is <see cref="EligibilityReason.Eligible"/>.</summary>
    public bool Eligible => Reason == EligibilityReason.Eligible;
}
