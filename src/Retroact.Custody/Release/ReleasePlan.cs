using System.Runtime.CompilerServices;
using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Custody.Law;

namespace Retroact.Custody.Release;

/// <summary>
/// When a person leaves Bureau of Prisons custody and where to, for the term as it stands or after a reduction
/// (docs/custody.md, "Release plan"). A value type holding its dates as day numbers, made into <see cref="LocalDate"/>
/// values when read, so the batch path allocates nothing per plan and builds no date it does not use.
/// </summary>
public readonly record struct ReleasePlan
{
    private readonly int _orderDay;
    private readonly int _releaseDay;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReleasePlan(
        in SentenceResult original, in SentenceResult reduced, int orderDay, int releaseDay, bool immediateRelease, bool releasedBeforeOrder, ReleaseDisposition disposition)
    {
        Original = original;
        Reduced = reduced;
        _orderDay = orderDay;
        _releaseDay = releaseDay;
        ImmediateRelease = immediateRelease;
        ReleasedBeforeOrder = releasedBeforeOrder;
        Disposition = disposition;
    }

    /// <summary>The computation of the term as it stands.</summary>
    public SentenceResult Original { get; }

    /// <summary>The computation of the reduced term; the same as <see cref="Original"/> when there is no reduction.</summary>
    public SentenceResult Reduced { get; }

    /// <summary>The order's effective date; <c>null</c> for a computation with no order.</summary>
    public LocalDate? OrderEffective => DayNumbers.ToDateOrNull(_orderDay);

    /// <summary>The day the person leaves, moved back off weekends and holidays; <c>null</c> for life with no reduction.</summary>
    public LocalDate? ReleaseDate => DayNumbers.ToDateOrNull(_releaseDay);

    /// <summary>True when the new projected date is on or before the order's effective date and the person was not already out.</summary>
    public bool ImmediateRelease { get; }

    /// <summary>True when the original projected date is on or before the order's effective date: the order changes nothing.</summary>
    public bool ReleasedBeforeOrder { get; }

    /// <summary>Where the person goes on <see cref="ReleaseDate"/>.</summary>
    public ReleaseDisposition Disposition { get; }

    /// <summary>
    /// The day supervised release begins (18 U.S.C. §3624(e)): the release date, except <c>null</c> when it cannot be known
    /// (release to another authority's detainer, or no release date).
    /// </summary>
    public LocalDate? SupervisedReleaseStart => Disposition == ReleaseDisposition.DetainerCustody ? null : ReleaseDate;

    /// <summary>The projected release date under the original term (full term less good conduct time); <c>null</c> for life.</summary>
    public LocalDate? ProjectedReleaseDate => Original.ProjectedReleaseDate;

    /// <summary>The projected release date under the reduced term (same start, credits and method); <c>null</c> for life with no reduction.</summary>
    public LocalDate? NewProjectedReleaseDate => Reduced.ProjectedReleaseDate;

    /// <summary>Good conduct time applied to the original term, in days.</summary>
    public int GoodConductTimeDays => Original.GoodConductTimeDays;

    /// <summary>Good conduct time applied to the reduced term, in days.</summary>
    public int NewGoodConductTimeDays => Reduced.GoodConductTimeDays;

    /// <summary>The good conduct time method that governed the original computation last (<see cref="SentenceResult.Method"/>).</summary>
    public GoodConductTimeMethod Method => Original.Method;

    /// <summary>The good conduct time method that governed the reduced computation last; it can differ from <see cref="Method"/> when the reduction released the person before a later method began to govern.</summary>
    public GoodConductTimeMethod NewMethod => Reduced.Method;

    /// <summary><see cref="ProjectedReleaseDate"/> as a day number (<see cref="DayNumbers"/>), or <see cref="DayNumbers.None"/>; no date is built.</summary>
    public int ProjectedReleaseDay => Original.ProjectedDay;

    /// <summary><see cref="NewProjectedReleaseDate"/> as a day number, or <see cref="DayNumbers.None"/>.</summary>
    public int NewProjectedReleaseDay => Reduced.ProjectedDay;

    /// <summary><see cref="ReleaseDate"/> as a day number, or <see cref="DayNumbers.None"/>.</summary>
    public int ReleaseDay => _releaseDay;

    /// <summary><see cref="SupervisedReleaseStart"/> as a day number, or <see cref="DayNumbers.None"/>.</summary>
    public int SupervisedReleaseStartDay => Disposition == ReleaseDisposition.DetainerCustody ? DayNumbers.None : _releaseDay;
}
