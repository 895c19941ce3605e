using Retroact.Law.Cases;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// What §1B1.10 compares of one guideline calculation (the original one, or the amended one): the levels, the criminal
/// history category and the applicable range, before any departure or variance (§1B1.10 comment. (n.1(A))).
/// </summary>
public readonly record struct GuidelineSummary
{
    /// <summary>The edition used, e.g. "Nov. 1, 2009 Manual as amended by 750, 782".</summary>
    public required string Manual { get; init; }

    /// <summary>The Chapter Two base offense level.</summary>
    public required int BaseOffenseLevel { get; init; }

    /// <summary>The offense level from Chapters Two and Three (and §4C1.1), before any §4B1.1 career-offender level.</summary>
    public required int GuidelineOffenseLevel { get; init; }

    /// <summary>The total offense level that set the range (the §4B1.1 level when it controls).</summary>
    public required int TotalOffenseLevel { get; init; }

    /// <summary>The criminal history category from the points, before §4B1.1(b) makes a career offender Category VI.</summary>
    public required CriminalHistoryCategory CategoryFromPoints { get; init; }

    /// <summary>The criminal history category that set the range.</summary>
    public required CriminalHistoryCategory CriminalHistoryCategory { get; init; }

    /// <summary>True when the §4B1.1 level or category set the range.</summary>
    public required bool CareerOffenderControls { get; init; }

    /// <summary>The Sentencing Table range for the total level and category, before §5G1.1.</summary>
    public required MonthRange TableRange { get; init; }

    /// <summary>The applicable range: <see cref="TableRange"/> restricted by the statutory minimum and maximum (§5G1.1).</summary>
    public required MonthRange Range { get; init; }
}
