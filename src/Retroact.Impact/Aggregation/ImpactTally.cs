using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Aggregation;

/// <summary>
/// Every counter the report is built from, for the whole population and for each breakdown group. Whole numbers only
/// (months, basis points, days, micro-dollars), so the partial tallies of parallel workers merge to the same result
/// in any order: the report is the same byte for byte however the work was split.
/// </summary>
public sealed class ImpactTally
{
    /// <summary>The longest reduction the month histogram holds exactly (a term fits in 16 bits).</summary>
    public const int MaxMonths = short.MaxValue;

    internal ImpactTally(ReleaseWindow window, int[] groupsPerDimension)
    {
        Window = window;
        ReleasesByDay = new long[window.Span];
        OutEarlyDelta = new long[window.Span + 1];
        Groups = [.. groupsPerDimension.Select(n => Enumerable.Range(0, n).Select(_ => new GroupTally()).ToArray())];
    }

    /// <summary>The dates release figures are measured against.</summary>
    public ReleaseWindow Window { get; }

    /// <summary>All cases.</summary>
    public GroupTally Total { get; } = new();

    /// <summary>Eligible cases by months cut (index = months).</summary>
    public long[] ReductionMonths { get; } = new long[MaxMonths + 1];

    /// <summary>Eligible cases by the cut in basis points of the term (index 0..10,000).</summary>
    public long[] ReductionBasisPoints { get; } = new long[10_001];

    /// <summary>Releases moved by a granted motion, by day from <see cref="ReleaseWindow.FirstDay"/>.</summary>
    public long[] ReleasesByDay { get; }

    /// <summary>
    /// Change, on each day from <see cref="ReleaseWindow.FirstDay"/>, in the number of people out of custody early:
    /// +1 on a moved release day, −1 on the original projected release day. Its running sum is the number out early.
    /// </summary>
    public long[] OutEarlyDelta { get; }

    /// <summary>Eligible cases first-wave released (new projected date on or before the order's effective date).</summary>
    public long ImmediateReleases { get; private set; }

    /// <summary>Cases whose range falls but whose original projected release date was on or before the order's effective date (decided moot).</summary>
    public long ReleasedBeforeOrder { get; private set; }

    /// <summary>Eligible cases without custody data, for which no release date could be planned.</summary>
    public long EligibleWithoutRelease { get; private set; }

    /// <summary>Releases on the first release day, by disposition.</summary>
    public long[] FirstDayDispositions { get; } = new long[ReleaseDispositions.Count];

    /// <summary>Releases in the first week, by disposition.</summary>
    public long[] FirstWeekDispositions { get; } = new long[ReleaseDispositions.Count];

    /// <summary>Breakdown groups: <c>Groups[(int)dimension][code]</c>.</summary>
    public GroupTally[][] Groups { get; }

    internal void Add(in CaseOutcome row, long[] cumulativeMicroDollars)
    {
        var basisPoints = row.Eligible ? ReductionBasisPointsOf(row) : 0;
        Total.AddCase(in row, basisPoints);
        var groups = Groups;
        for (var d = 0; d < Dimensions.Count; d++)
        {
            groups[d][row.Keys[d]].AddCase(in row, basisPoints);
        }

        var releasedBeforeOrder = row.Has(OutcomeFlags.ReleasedBeforeOrder);
        if (releasedBeforeOrder)
        {
            ReleasedBeforeOrder++;
        }

        if (!row.Eligible)
        {
            return;
        }

        ReductionMonths[Math.Clamp(row.ReductionMonths, 0, MaxMonths)]++;
        ReductionBasisPoints[basisPoints]++;
        if (!row.Has(OutcomeFlags.HasRelease))
        {
            EligibleWithoutRelease++;
            return;
        }

        if (releasedBeforeOrder)
        {
            return;
        }

        AddRelease(in row, cumulativeMicroDollars);
    }

    private void AddRelease(in CaseOutcome row, long[] cumulativeMicroDollars)
    {
        var window = Window;
        var offset = row.ReleaseDay - window.FirstDay;
        var savedUntil = Math.Max(row.ReleaseDay, row.OriginalReleaseDay) - window.FirstDay;
        ReleasesByDay[offset]++;
        OutEarlyDelta[offset]++;
        OutEarlyDelta[savedUntil]--;
        var microDollars = cumulativeMicroDollars[savedUntil] - cumulativeMicroDollars[offset];
        var firstDay = offset == 0;
        var firstWeek = offset < 7;
        var firstYear = row.ReleaseDay < window.FirstYearEndDay;
        ImmediateReleases += row.Has(OutcomeFlags.ImmediateRelease) ? 1 : 0;
        FirstDayDispositions[(int)row.Disposition] += firstDay ? 1 : 0;
        FirstWeekDispositions[(int)row.Disposition] += firstWeek ? 1 : 0;
        Total.AddRelease(in row, firstDay, firstWeek, firstYear, microDollars);
        var groups = Groups;
        for (var d = 0; d < Dimensions.Count; d++)
        {
            groups[d][row.Keys[d]].AddRelease(in row, firstDay, firstWeek, firstYear, microDollars);
        }
    }

    /// <summary>The months cut as basis points of the term, rounded half up: round(10,000 × cut / term).</summary>
    public static int ReductionBasisPointsOf(in CaseOutcome row) =>
        row.TermMonths <= 0 ? 0 : Math.Clamp(((row.ReductionMonths * 20_000) + row.TermMonths) / (2 * row.TermMonths), 0, 10_000);

    internal void Merge(ImpactTally other)
    {
        Total.Merge(other.Total);
        Tally.AddInto(ReductionMonths, other.ReductionMonths);
        Tally.AddInto(ReductionBasisPoints, other.ReductionBasisPoints);
        Tally.AddInto(ReleasesByDay, other.ReleasesByDay);
        Tally.AddInto(OutEarlyDelta, other.OutEarlyDelta);
        Tally.AddInto(FirstDayDispositions, other.FirstDayDispositions);
        Tally.AddInto(FirstWeekDispositions, other.FirstWeekDispositions);
        ImmediateReleases += other.ImmediateReleases;
        ReleasedBeforeOrder += other.ReleasedBeforeOrder;
        EligibleWithoutRelease += other.EligibleWithoutRelease;
        for (var d = 0; d < Groups.Length; d++)
        {
            for (var code = 0; code < Groups[d].Length; code++)
            {
                Groups[d][code].Merge(other.Groups[d][code]);
            }
        }
    }
}
