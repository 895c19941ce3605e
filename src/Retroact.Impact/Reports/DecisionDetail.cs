using Retroact.Custody.Computation;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Reports;

/// <summary>
/// The parts of a decision and release plan that <c>decisions.csv</c> shows but the aggregation does not need.
/// Months use −1 for "none" and 470 for life (the USSC's SENTTOT convention); dates are <see cref="DayNumbers"/> values.
/// </summary>
/// <param name="OriginalMinMonths">Bottom of the original applicable range.</param>
/// <param name="OriginalMaxMonths">Top of the original applicable range.</param>
/// <param name="AmendedMinMonths">Bottom of the amended range; −1 when not computed.</param>
/// <param name="AmendedMaxMonths">Top of the amended range; −1 when not computed.</param>
/// <param name="OrderEffectiveDay">The order's effective date.</param>
/// <param name="NewProjectedReleaseDay">The projected release date under the reduced term, before the order-date and weekend rules.</param>
/// <param name="SupervisedReleaseStartDay">The day supervised release starts.</param>
/// <param name="GoodConductTimeDays">Good conduct time credited on the reduced term; −1 when not computed.</param>
public readonly record struct DecisionDetail(
    short OriginalMinMonths,
    short OriginalMaxMonths,
    short AmendedMinMonths,
    short AmendedMaxMonths,
    int OrderEffectiveDay,
    int NewProjectedReleaseDay,
    int SupervisedReleaseStartDay,
    int GoodConductTimeDays);
