using System.Globalization;
using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Law.Cases;

namespace Retroact.Custody.Validation;

/// <summary>Checks that a case carries what the custody computation needs, before any date is computed.</summary>
public static class CustodyInputValidator
{
    /// <summary>
    /// The first problem found in <paramref name="case"/> for a release plan, or <c>null</c> when it can be computed.
    /// <paramref name="reducedTermMonths"/> is the reduced guideline term (if any) and <paramref name="orderEffective"/>
    /// the order's effective date (if any), which the sentence must have commenced by.
    /// </summary>
    public static CustodyInputError? Validate(Case @case, int? reducedTermMonths = null, LocalDate? orderEffective = null) =>
        Validate(@case, reducedTermMonths, DayNumbers.Of(orderEffective), CommencedDay(@case));

    /// <summary>The day number of the case's custody commencement; <see cref="DayNumbers.None"/> without custody facts.</summary>
    internal static int CommencedDay(Case @case) => @case.Custody is { } custody ? DayNumbers.Of(custody.CommencedOn) : DayNumbers.None;

    /// <summary>
    /// <see cref="Validate(Case, int?, LocalDate?)"/> with the order's effective date as a day number (<see cref="DayNumbers.None"/>:
    /// no order) and the day number of the custody facts' commencement (any value when there are none), which the planner
    /// computes once for both the check and the computation.
    /// </summary>
    internal static CustodyInputError? Validate(Case @case, int? reducedTermMonths, int orderEffective, int commencedDay)
    {
        var id = @case.Id;
        if (@case.Custody is not { } custody)
        {
            return new(id, "custody", "(missing)", "custody facts (commencedOn at least) are needed to compute a release date");
        }

        if (custody.Status is < CustodyStatus.Institution or > CustodyStatus.HomeConfinement)
        {
            return new(id, "custody.status", Text(custody.Status), "allowed: institution, rrc, home-confinement");
        }

        if (custody.PriorCustodyDays < 0)
        {
            return new(id, "custody.priorCustodyDays", Text(custody.PriorCustodyDays), "prior custody credit (18 U.S.C. §3585(b)) cannot be negative");
        }

        if (custody.GctDisallowedDays < 0)
        {
            return new(id, "custody.gctDisallowedDays", Text(custody.GctDisallowedDays), "disallowed good conduct time cannot be negative");
        }

        if (orderEffective != DayNumbers.None && commencedDay > orderEffective)
        {
            return new(id, "custody.commencedOn", $"{custody.CommencedOn:uuuu-MM-dd}",
                $"the sentence must have commenced by the order's effective date {DayNumbers.ToDate(orderEffective):uuuu-MM-dd}");
        }

        if (@case.Life && @case.TermMonths is not null)
        {
            return new(id, "termMonths", Text(@case.TermMonths.Value), "a life term has no term in months; give one or the other");
        }

        if (!@case.Life && @case.TermMonths is not { } months)
        {
            return new(id, "termMonths", "(missing)", "a term in months or life is required");
        }

        if (@case.ConsecutiveMonths < 0)
        {
            return new(id, "consecutiveMonths", Text(@case.ConsecutiveMonths), "a consecutive term cannot be negative");
        }

        // A guideline term of 0 months is a lawful sentence when a consecutive term follows it (e.g. a drug count
        // reduced to the 0-month minimum of Zone A under §1B1.10, before 60 months under 18 U.S.C. §924(c)): the
        // Bureau of Prisons computes the single, aggregate term (18 U.S.C. §3584(c)), which must be at least 1 month.
        if (@case.TermMonths is { } term && (term < 0 || term + @case.ConsecutiveMonths < 1))
        {
            return new(id, "termMonths", Text(term), AtLeastOneMonth("a term of imprisonment", @case.ConsecutiveMonths));
        }

        // With an order, a reduction to 0 months in all is a reduction to time served (§1B1.10(b)(2)(C)), which the planner
        // computes as the days served by the order's effective date; without one there is no day to serve it to.
        if (reducedTermMonths is { } reduced && (reduced < 0 || (reduced + @case.ConsecutiveMonths < 1 && orderEffective == DayNumbers.None)))
        {
            return new(id, "reducedTermMonths", Text(reduced), AtLeastOneMonth("a reduced term of imprisonment", @case.ConsecutiveMonths));
        }

        if (@case.Citizenship is { } citizenship and (< Citizenship.Us or > Citizenship.NonUs))
        {
            return new(id, "citizenship", Text(citizenship), "allowed: us, non-us");
        }

        foreach (var detainer in @case.Detainers.IsDefault ? [] : @case.Detainers)
        {
            if (detainer is < Detainer.Ice or > Detainer.Other)
            {
                return new(id, "detainers", Text(detainer), "allowed: ice, state, other");
            }
        }

        return null;
    }

    /// <summary>Why a term is refused: below 1 month alone; with a consecutive term (at least 1 month), only a negative term is refused.</summary>
    private static string AtLeastOneMonth(string term, int consecutiveMonths) =>
        term + (consecutiveMonths == 0 ? " must be at least 1 month" : " cannot be negative");

    private static string Text<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
