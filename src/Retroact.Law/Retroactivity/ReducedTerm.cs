namespace Retroact.Law.Retroactivity;

/// <summary>The modelled reduced term of USSG §1B1.10(b)(2) and what shaped it.</summary>
/// <param name="Months">The reduced guideline term in months (470 = life); never above the term imposed.</param>
/// <param name="Position">Where the term imposed lay against the original range, which chose the comparable-position rule.</param>
/// <param name="ComparableMonths">The comparable-position term before any floor.</param>
/// <param name="LimitedBy">The floor that set <paramref name="Months"/>, or <see cref="TermFloor.None"/>.</param>
/// <param name="TimeServedChecked">False when there was no custody data, so the §1B1.10(b)(2)(C) floor was not checked.</param>
public readonly record struct ReducedTerm(int Months, TermPosition Position, int ComparableMonths, TermFloor LimitedBy, bool TimeServedChecked);
