using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using NodaTime;
using Retroact.Law.Calculation;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// The figures of one §1B1.10 decision, without the explanation: what the batch path writes (no allocation).
/// </summary>
/// <remarks>
/// Read-only outside this assembly. It is not a <c>readonly</c> struct because the engine writes a decision where it
/// lives (a caller's variable, a slot of a results span) one field at a time, in the order of the decision, instead of
/// building it in a temporary and copying it: the copy of a 112-byte value read back right after its fields were written
/// is a wide load the processor cannot serve from its store buffer, and those stalls were the largest single cost of a
/// decision (bench/results/retroactivity.md, "Session 5").
/// </remarks>
[StructLayout(LayoutKind.Auto)] // the runtime packs the fields (no padding between the small ones): less to write per decision
public record struct DecisionFigures
{
    private GuidelineSummary _original;
    private GuidelineSummary _amended;
    private bool _amendedComputed;

    /// <summary>Why the case is or is not eligible; the first reason that holds.</summary>
    public EligibilityReason Reason { get; private set; }

    /// <summary>The effective date of the reduction order: the later of the date asked for and the amendment's earliest order date.</summary>
    public LocalDate OrderEffectiveDate { get; private set; }

    /// <summary>The original applicable range and its ingredients (edition in force at sentencing, §5G1.1-restricted).</summary>
    public readonly GuidelineSummary Original => _original;

    /// <summary>The amended range and its ingredients; <c>null</c> when the amendment does not apply to the case (not computed).</summary>
    public readonly GuidelineSummary? Amended => _amendedComputed ? _amended : null;

    /// <summary>The term on the counts the guidelines govern, in months (life = 470).</summary>
    public int TermMonths { get; private set; }

    /// <summary>The modelled reduced term (life = 470) when <see cref="Eligible"/>; otherwise <c>null</c>.</summary>
    public int? ReducedTermMonths { get; private set; }

    /// <summary>The floor that set the reduced term (also reported for <see cref="EligibilityReason.NoReductionAvailable"/>).</summary>
    public TermFloor LimitedBy { get; private set; }

    /// <summary>Whether the §1B1.10(b)(2)(C) time-served floor was checked (false without custody data or without a reduced term).</summary>
    public bool TimeServedChecked { get; private set; }

    /// <summary>True when the court may reduce the term: the reason is <see cref="EligibilityReason.Eligible"/>.</summary>
    public readonly bool Eligible => Reason == EligibilityReason.Eligible;

    /// <summary><see cref="Original"/>, read in place (the engine reads it right after writing it).</summary>
    [UnscopedRef]
    internal readonly ref readonly GuidelineSummary OriginalSummary => ref _original;

    /// <summary>The amended calculation as <see cref="Amended"/> holds it, read in place; its default until <see cref="SetAmended"/>.</summary>
    [UnscopedRef]
    internal readonly ref readonly GuidelineSummary AmendedSummary => ref _amended;

    /// <summary>
    /// Begins a decision in default figures (a decision without an amended calculation leaves that summary default, and
    /// equality compares it): the order's effective date, the term and the original calculation.
    /// </summary>
    internal void Start(LocalDate order, int termMonths, in GuidelineFigures original)
    {
        OrderEffectiveDate = order;
        TermMonths = termMonths;
        _original.Fill(in original, null, unrestricted: false);
    }

    /// <summary>Records the amended calculation (see <see cref="GuidelineSummary.Fill"/> for <paramref name="unrestricted"/>).</summary>
    internal void SetAmended(in GuidelineFigures amended, int? statutoryMaximumMonths, bool unrestricted)
    {
        _amended.Fill(in amended, statutoryMaximumMonths, unrestricted);
        _amendedComputed = true;
    }

    /// <summary>Ends the decision with its reason, the reduced term (when eligible) and the floor that set it.</summary>
    internal void Finish(EligibilityReason reason, int? reducedTermMonths, TermFloor limitedBy, bool timeServedChecked)
    {
        Reason = reason;
        ReducedTermMonths = reducedTermMonths;
        LimitedBy = limitedBy;
        TimeServedChecked = timeServedChecked;
    }
}
