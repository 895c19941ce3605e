using NodaTime;
using Retroact.Custody.Law;

namespace Retroact.Custody.Computation;

/// <summary>The Bureau of Prisons' computation of one term: where it starts, when it expires in full, and when with credit.</summary>
/// <param name="Start">The day the term is computed from: commencement less prior custody credit.</param>
/// <param name="Term">The aggregate term computed.</param>
/// <param name="FullTermDate">The last day of the full term; <c>null</c> for life.</param>
/// <param name="Credit">Good conduct time earned before disallowance (none for life or a term of a year or less).</param>
/// <param name="GoodConductTimeDays">Good conduct time applied: <paramref name="Credit"/> less disallowed days, never below 0.</param>
/// <param name="ProjectedReleaseDate">
/// The full-term date less <paramref name="GoodConductTimeDays"/>, or, when <paramref name="ReleasedOnTransition"/>, the day the
/// method changed; <c>null</c> for life.
/// </param>
/// <param name="Method">
/// The good conduct time method that governed last: the one in force when the computation was made, or a later one it was
/// recomputed under because the person was still in custody when that method began to govern.
/// </param>
/// <param name="ReleasedOnTransition">
/// True when the recomputation under <paramref name="Method"/> gave a date already past on the day the method began to govern
/// (July 19, 2019 for the First Step Act): the person is released on that day, which <paramref name="ProjectedReleaseDate"/> holds.
/// </param>
public readonly record struct SentenceResult(
    LocalDate Start,
    SentenceTerm Term,
    LocalDate? FullTermDate,
    GoodConductTimeCredit Credit,
    int GoodConductTimeDays,
    LocalDate? ProjectedReleaseDate,
    GoodConductTimeMethod Method,
    bool ReleasedOnTransition);
