using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Aggregation;

/// <summary>The counts of one breakdown group (one value of one dimension), all whole numbers so merges are exact.</summary>
public sealed class GroupTally
{
    /// <summary>Cases in the group.</summary>
    public long Cases { get; private set; }

    /// <summary>Cases whose result rests on a filled assumption.</summary>
    public long AssumptionsFilled { get; private set; }

    /// <summary>Cases by eligibility reason, indexed by <see cref="OutcomeReason.Index"/>.</summary>
    public long[] Reasons { get; } = new long[OutcomeReason.Count];

    /// <summary>Sum of months cut over eligible cases.</summary>
    public long ReductionMonthsSum { get; private set; }

    /// <summary>Sum of the cut in basis points of the term over eligible cases.</summary>
    public long ReductionBasisPointsSum { get; private set; }

    /// <summary>Releases moved by a granted motion, by disposition.</summary>
    public long[] Dispositions { get; } = new long[ReleaseDispositions.Count];

    /// <summary>Releases on the first release day.</summary>
    public long FirstDayReleases { get; private set; }

    /// <summary>Releases in the first seven days from the first release day.</summary>
    public long FirstWeekReleases { get; private set; }

    /// <summary>Releases before the end of the first year.</summary>
    public long FirstYearReleases { get; private set; }

    /// <summary>Custody days saved.</summary>
    public long SavedDays { get; private set; }

    /// <summary>Cost of the custody days saved, in micro-dollars.</summary>
    public long SavedMicroDollars { get; private set; }

    /// <summary>Eligible cases.</summary>
    public long Eligible => Reasons[OutcomeReason.Eligible.Index];

    internal void AddCase(in CaseOutcome row, int reductionBasisPoints)
    {
        Cases++;
        Reasons[row.Reason.Index]++;
        if (row.Has(OutcomeFlags.AssumptionsFilled))
        {
            AssumptionsFilled++;
        }

        if (row.Eligible)
        {
            ReductionMonthsSum += row.ReductionMonths;
            ReductionBasisPointsSum += reductionBasisPoints;
        }
    }

    internal void AddRelease(in CaseOutcome row, bool firstDay, bool firstWeek, bool firstYear, long microDollars)
    {
        Dispositions[(int)row.Disposition]++;
        FirstDayReleases += firstDay ? 1 : 0;
        FirstWeekReleases += firstWeek ? 1 : 0;
        FirstYearReleases += firstYear ? 1 : 0;
        SavedDays += row.SavedDays;
        SavedMicroDollars += microDollars;
    }

    internal void Merge(GroupTally other)
    {
        Cases += other.Cases;
        AssumptionsFilled += other.AssumptionsFilled;
        ReductionMonthsSum += other.ReductionMonthsSum;
        ReductionBasisPointsSum += other.ReductionBasisPointsSum;
        FirstDayReleases += other.FirstDayReleases;
        FirstWeekReleases += other.FirstWeekReleases;
        FirstYearReleases += other.FirstYearReleases;
        SavedDays += other.SavedDays;
        SavedMicroDollars += other.SavedMicroDollars;
        Tally.AddInto(Reasons, other.Reasons);
        Tally.AddInto(Dispositions, other.Dispositions);
    }
}
