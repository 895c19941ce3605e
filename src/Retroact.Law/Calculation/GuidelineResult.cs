using System.Runtime.InteropServices;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Retroact.Law.Tracing;

namespace Retroact.Law.Calculation;

/// <summary>Where a case's figures disagree with what it says was found at sentencing.</summary>
[Flags]
public enum FindingMismatch
{
    /// <summary>Every given finding agrees with the calculation.</summary>
    None = 0,
    /// <summary>The computed base offense level differs from the case's <c>baseOffenseLevel</c>.</summary>
    BaseOffenseLevel = 1,
    /// <summary>The computed total offense level differs from the case's <c>totalOffenseLevel</c>.</summary>
    TotalOffenseLevel = 2,
    /// <summary>The category from the case's points differs from its <c>criminalHistoryCategory</c>.</summary>
    CriminalHistoryCategory = 4,
}

/// <summary>
/// The figures of one guideline calculation, without the explanation (what the batch path returns; no allocation).
/// </summary>
/// <param name="Edition">The Manual edition applied.</param>
/// <param name="BaseOffenseLevel">The base offense level (after the §2D1.1(a)(5) cap), or <c>null</c> when only a total was given.</param>
/// <param name="TotalOffenseLevel">The offense level used in the Sentencing Table: after adjustments, clamping to 1–43, the §5C1.2(b) floor and §4B1.1.</param>
/// <param name="Category">The criminal history category used (VI for a career offender).</param>
/// <param name="CareerOffender">True when the §4B1.1 level or category set the range.</param>
/// <param name="GuidelineRange">The Sentencing Table range (the "applicable guideline range" before §5G1.1).</param>
/// <param name="RestrictedRange">The range after §5G1.1(a)–(c) restriction by the statutory minimum (unless the safety valve applied) and maximum.</param>
/// <param name="Zone">The zone of the guideline range.</param>
/// <param name="Mismatches">Given findings that disagree with the calculation.</param>
[StructLayout(LayoutKind.Auto)] // the runtime packs the fields (no padding between the small ones): less to copy per decision
public readonly record struct GuidelineFigures(
    ManualEdition Edition,
    int? BaseOffenseLevel,
    int TotalOffenseLevel,
    CriminalHistoryCategory Category,
    bool CareerOffender,
    SentenceRange GuidelineRange,
    SentenceRange RestrictedRange,
    Zone Zone,
    FindingMismatch Mismatches)
{
    /// <summary>
    /// The offense level before §4B1.1: from Chapters Two and Three, after clamping to 1–43 and the §5C1.2(b) level floor
    /// (the same as <see cref="TotalOffenseLevel"/> when the case has no §4B1.1 finding).
    /// </summary>
    public int LevelBeforeCareerOffender { get; init; }

    /// <summary>
    /// The criminal history category before §4B1.1(b) makes a career offender Category VI: as found, or from the points, or VI
    /// when a career offender's record gives neither (the same as <see cref="Category"/> when the case has no §4B1.1 finding).
    /// </summary>
    public CriminalHistoryCategory CategoryBeforeCareerOffender { get; init; }
}

/// <summary>An explained guideline calculation for one case: the figures and every step with its inputs and citation.</summary>
/// <param name="CaseId">The case's id.</param>
/// <param name="Figures">The figures.</param>
/// <param name="Trace">The steps, in the order the rules were applied.</param>
public sealed record GuidelineResult(string CaseId, GuidelineFigures Figures, IReadOnlyList<TraceStep> Trace)
{
    /// <summary>The Manual edition applied.</summary>
    public ManualEdition Edition => Figures.Edition;

    /// <summary>The base offense level, or <c>null</c> when only a total was given.</summary>
    public int? BaseOffenseLevel => Figures.BaseOffenseLevel;

    /// <summary>The offense level used in the Sentencing Table.</summary>
    public int TotalOffenseLevel => Figures.TotalOffenseLevel;

    /// <summary>The criminal history category used.</summary>
    public CriminalHistoryCategory CriminalHistoryCategory => Figures.Category;

    /// <summary>The Sentencing Table range before §5G1.1.</summary>
    public SentenceRange GuidelineRange => Figures.GuidelineRange;

    /// <summary>The range after §5G1.1.</summary>
    public SentenceRange RestrictedRange => Figures.RestrictedRange;

    /// <summary>The zone of the guideline range.</summary>
    public Zone Zone => Figures.Zone;
}

/// <summary>A Sentencing Table look-up: the range, its zone, and the citations of both.</summary>
/// <param name="Range">The range.</param>
/// <param name="Zone">The zone.</param>
/// <param name="RangeCitation">The table row's citation.</param>
/// <param name="ZoneCitation">The zone band's citation.</param>
public readonly record struct RangeLookup(SentenceRange Range, Zone Zone, string RangeCitation, string ZoneCitation);
