using System.Runtime.CompilerServices;
using NodaTime;
using Retroact.Custody.Law;

namespace Retroact.Custody.Computation;

/// <summary>
/// The Bureau of Prisons' computation of one term: where it starts, when it expires in full, and when with credit. Dates
/// are held as day numbers and made into <see cref="LocalDate"/> values when read, so the batch path builds none it does
/// not use.
/// </summary>
public readonly record struct SentenceResult
{
    private readonly int _startDay;
    private readonly int _fullTermDay;
    private readonly int _projectedDay;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal SentenceResult(
        in CalendarDay start,
        SentenceTerm term,
        int fullTermDay,
        GoodConductTimeCredit credit,
        int goodConductTimeDays,
        int projectedDay,
        GoodConductTimeMethod method,
        bool releasedOnTransition)
    {
        _startDay = start.Number;
        Term = term;
        _fullTermDay = fullTermDay;
        Credit = credit;
        GoodConductTimeDays = goodConductTimeDays;
        _projectedDay = projectedDay;
        Method = method;
        ReleasedOnTransition = releasedOnTransition;
    }

    /// <summary>The day the term is computed from: commencement less prior custody credit.</summary>
    public LocalDate Start => DayNumbers.ToDate(_startDay);

    /// <summary>The aggregate term computed.</summary>
    public SentenceTerm Term { get; }

    /// <summary>The last day of the full term; <c>null</c> for life.</summary>
    public LocalDate? FullTermDate => DayNumbers.ToDateOrNull(_fullTermDay);

    /// <summary>Good conduct time earned before disallowance (none for life or a term of a year or less).</summary>
    public GoodConductTimeCredit Credit { get; }

    /// <summary>Good conduct time applied: <see cref="Credit"/> less disallowed days, never below 0.</summary>
    public int GoodConductTimeDays { get; }

    /// <summary>
    /// The full-term date less <see cref="GoodConductTimeDays"/>, or, when <see cref="ReleasedOnTransition"/>, the day the
    /// method changed; <c>null</c> for life.
    /// </summary>
    public LocalDate? ProjectedReleaseDate
    {
        get => DayNumbers.ToDateOrNull(_projectedDay);
        init => _projectedDay = DayNumbers.Of(value);
    }

    /// <summary>
    /// The good conduct time method that governed last: the one in force when the computation was made, or a later one it was
    /// recomputed under because the person was still in custody when that method began to govern.
    /// </summary>
    public GoodConductTimeMethod Method { get; }

    /// <summary>
    /// True when the recomputation under <see cref="Method"/> gave a date already past on the day the method began to govern
    /// (July 19, 2019 for the First Step Act): the person is released on that day, which <see cref="ProjectedReleaseDate"/> holds.
    /// </summary>
    public bool ReleasedOnTransition { get; init; }

    /// <summary>The day number of <see cref="ProjectedReleaseDate"/>, or <see cref="DayNumbers.None"/>.</summary>
    internal int ProjectedDay => _projectedDay;
}
