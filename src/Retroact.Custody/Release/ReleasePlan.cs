using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Custody.Law;

namespace Retroact.Custody.Release;

/// <summary>
/// When a person leaves Bureau of Prisons custody and where to, for the term as it stands or after a reduction
/// (docs/custody.md, "Release plan"). A value type, so the batch path allocates nothing per plan.
/// </summary>
/// <param name="Original">The computation of the term as it stands.</param>
/// <param name="Reduced">The computation of the reduced term; the same as <paramref name="Original"/> when there is no reduction.</param>
/// <param name="OrderEffective">The order's effective date; <c>null</c> for a computation with no order.</param>
/// <param name="ReleaseDate">The day the person leaves, moved back off weekends and holidays; <c>null</c> for life with no reduction.</param>
/// <param name="ImmediateRelease">True when the new projected date is on or before the order's effective date and the person was not already out.</param>
/// <param name="ReleasedBeforeOrder">True when the original projected date is on or before the order's effective date: the order changes nothing.</param>
/// <param name="Disposition">Where the person goes on <paramref name="ReleaseDate"/>.</param>
/// <param name="SupervisedReleaseStart">The day supervised release begins; <c>null</c> when it cannot be known (release to another authority's detainer, or no release date).</param>
public readonly record struct ReleasePlan(
    SentenceResult Original,
    SentenceResult Reduced,
    LocalDate? OrderEffective,
    LocalDate? ReleaseDate,
    bool ImmediateRelease,
    bool ReleasedBeforeOrder,
    ReleaseDisposition Disposition,
    LocalDate? SupervisedReleaseStart)
{
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
}
