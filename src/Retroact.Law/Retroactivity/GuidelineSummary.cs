using System.Runtime.InteropServices;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// What §1B1.10 compares of one guideline calculation (the original one, or the amended one): the levels, the criminal
/// history category and the applicable range, before any departure or variance (§1B1.10 comment. (n.1(A))).
/// </summary>
[StructLayout(LayoutKind.Auto)] // the runtime packs the fields (no padding between the small ones): less to copy per decision
public record struct GuidelineSummary
{
    private int _edition;

    /// <summary>The edition used, e.g. "Nov. 1, 2009 Manual as amended by 750, 782".</summary>
    /// <remarks>Held as its number (<see cref="EditionNumbers"/>), so that decisions copy as plain data.</remarks>
    public readonly ManualEdition Edition => EditionNumbers.Get(_edition)!;

    /// <summary>The Chapter Two base offense level (after the §2D1.1(a)(5) cap); <c>null</c> when the record gives only a total.</summary>
    public int? BaseOffenseLevel { get; private set; }

    /// <summary>The offense level from Chapters Two and Three (and §4C1.1), before any §4B1.1 career-offender level.</summary>
    public int GuidelineOffenseLevel { get; private set; }

    /// <summary>The criminal history category before §4B1.1(b) makes a career offender Category VI.</summary>
    public CriminalHistoryCategory GuidelineCategory { get; private set; }

    /// <summary>The total offense level that set the range (the §4B1.1 level when it controls).</summary>
    public int TotalOffenseLevel { get; private set; }

    /// <summary>The criminal history category that set the range.</summary>
    public CriminalHistoryCategory CriminalHistoryCategory { get; private set; }

    /// <summary>True when the case has a §4B1.1 finding, so the career-offender level and Category VI were weighed.</summary>
    public bool CareerOffender { get; private set; }

    /// <summary>The Sentencing Table range for the total level and category, before §5G1.1.</summary>
    public MonthRange TableRange { get; private set; }

    /// <summary>The applicable range: <see cref="TableRange"/> restricted by §5G1.1, unless §1B1.10(c) set the restriction aside.</summary>
    public MonthRange Range { get; private set; }

    /// <summary>
    /// Writes the summary of <paramref name="figures"/> here, where it lives (no copy: the engine fills a decision's summaries
    /// in place, see <see cref="DecisionFigures"/>), with the level and category before §4B1.1 that the calculation reports.
    /// With <paramref name="unrestricted"/> (§1B1.10(c)) the range is the table range, not raised by the statutory minimum;
    /// it is still capped by <paramref name="statutoryMaximumMonths"/> (§1B1.10(c) addresses the minimum: no term above the
    /// statutory maximum is lawful, so a cap above it is never used).
    /// </summary>
    internal void Fill(in GuidelineFigures figures, int? statutoryMaximumMonths, bool unrestricted)
    {
        _edition = EditionNumbers.Of(figures.Edition);
        BaseOffenseLevel = figures.BaseOffenseLevel;
        GuidelineOffenseLevel = figures.LevelBeforeCareerOffender;
        GuidelineCategory = figures.CategoryBeforeCareerOffender;
        TotalOffenseLevel = figures.TotalOffenseLevel;
        CriminalHistoryCategory = figures.Category;
        CareerOffender = figures.CareerOffender;
        TableRange = MonthRange.From(figures.GuidelineRange);

        // Two assignments, not one of a conditional: the conditional's range is built in a temporary and copied, read back
        // eight bytes at once right after its two four-byte halves were written (a store-forwarding stall on every decision).
        if (unrestricted)
        {
            Range = MonthRange.From(figures.GuidelineRange).CappedAt(statutoryMaximumMonths);
        }
        else
        {
            Range = MonthRange.From(figures.RestrictedRange);
        }
    }
}
