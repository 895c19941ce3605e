using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Custody.Validation;
using Retroact.Law.Cases;
using Retroact.Law.Tracing;

namespace Retroact.Custody.Release;

/// <summary>
/// Plans a release: the original and reduced computations, the release date under an order, the weekend and holiday
/// rule of 18 U.S.C. §3624(a), the disposition and the start of supervised release (docs/custody.md). Pure.
/// </summary>
/// <param name="computation">The sentence computation (and its dated law).</param>
/// <param name="holidays">The federal holiday calendar.</param>
public sealed class ReleasePlanner(SentenceComputation computation, FederalHolidays holidays)
{
    private const string Section3624a = "18 U.S.C. §3624(a)";
    private const string Section3624e = "18 U.S.C. §3624(e)";

    /// <summary>The planner under the law shipped with Retroact and the shared holiday calendar.</summary>
    public static ReleasePlanner Current { get; } = new(SentenceComputation.Current, FederalHolidays.Instance);

    /// <summary>The computation used for both terms.</summary>
    public SentenceComputation Computation { get; } = computation;

    /// <summary>The release plan for the term as it stands, with no order: the release date is the projected date moved off weekends and holidays.</summary>
    /// <exception cref="CustodyInputException">The case fails <see cref="CustodyInputValidator.Validate(Case, int?, LocalDate?)"/>.</exception>
    public ReleasePlan AsItStands<TTrace>(Case @case, LocalDate asOf, TTrace trace)
        where TTrace : struct, ITrace => Plan(@case, null, null, asOf, trace);

    /// <summary>
    /// The release plan when an order reduces the guideline term to <paramref name="reducedTermMonths"/> (<c>null</c>: no
    /// reduction) with effect from <paramref name="orderEffective"/> (<c>null</c>: no order), as the Bureau of Prisons had it on
    /// <paramref name="asOf"/>. The original term is computed under the method in force at commencement and the reduced term
    /// under the one in force when the order took effect; each is recomputed under a later method that began to govern by
    /// <paramref name="asOf"/> while the person was still in custody (docs/custody.md, "Which method").
    /// </summary>
    /// <exception cref="CustodyInputException">The case fails <see cref="CustodyInputValidator.Validate(Case, int?, LocalDate?)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before any good conduct time method governed (Nov 1, 1987).</exception>
    public ReleasePlan Plan<TTrace>(Case @case, int? reducedTermMonths, LocalDate? orderEffective, LocalDate asOf, TTrace trace)
        where TTrace : struct, ITrace
    {
        var order = DayNumbers.Of(orderEffective);
        var commenced = CustodyInputValidator.CommencedDay(@case);
        if (CustodyInputValidator.Validate(@case, reducedTermMonths, order, commenced) is { } error)
        {
            throw new CustodyInputException(error);
        }

        var input = SentenceInput.FromCase(@case);
        var asOfDay = orderEffective == asOf ? order : DayNumbers.Of(asOf);
        var start = SentenceComputation.Start(input, commenced, trace);
        var original = Computation.Govern(start, input.Term, input.GctDisallowedDays, commenced, asOfDay, trace);
        var reduced = original;
        if (reducedTermMonths is { } months)
        {
            var term = ReducedTerm(months, @case.ConsecutiveMonths, start.Number, order);
            if (trace.IsEnabled)
            {
                trace.Add(ReducedTermStep(months, @case.ConsecutiveMonths, term, orderEffective ?? input.CommencedOn));
            }

            // The same start and credits (the start was computed once for both terms; the credits were validated).
            reduced = Computation.Govern(start, term, input.GctDisallowedDays, order == DayNumbers.None ? commenced : order, asOfDay, trace);
        }

        var originalDay = original.ProjectedDay;
        var newDay = reduced.ProjectedDay;
        var releasedBeforeOrder = order != DayNumbers.None && originalDay != DayNumbers.None && originalDay <= order;
        var immediate = !releasedBeforeOrder && order != DayNumbers.None && newDay != DayNumbers.None && newDay <= order;
        var candidate = Candidate(originalDay, newDay, order, releasedBeforeOrder, trace);
        var releaseDay = candidate == DayNumbers.None ? DayNumbers.None : holidays.LastWorkdayOnOrBefore(candidate);
        if (trace.IsEnabled && candidate != DayNumbers.None)
        {
            trace.Add(ReleaseDateStep(candidate, releaseDay));
        }

        var plan = new ReleasePlan(original, reduced, order, releaseDay, immediate, releasedBeforeOrder, Disposition(@case, trace));
        if (trace.IsEnabled && releaseDay != DayNumbers.None)
        {
            trace.Add(SupervisedReleaseStep(plan));
        }

        return plan;
    }

    /// <summary>
    /// The aggregate term an order leaves: the reduced guideline term plus the consecutive term (18 U.S.C. §3584(c)). A
    /// reduction to 0 months in all, which only an order can make (the validator refuses it otherwise), is a reduction to
    /// the time already served, the floor of USSG §1B1.10(b)(2)(C): the days from the start to the order's effective date,
    /// at least one, so the person is released when the order takes effect.
    /// </summary>
    private static SentenceTerm ReducedTerm(int months, int consecutiveMonths, int startDay, int order) =>
        months + consecutiveMonths > 0 ? SentenceTerm.Of(months + consecutiveMonths) : SentenceTerm.Of(0, Math.Max(1, order - startDay));

    // The trace steps are built outside the planning so that the batch path (NoTrace), where they are dead code, keeps a
    // small frame: the string-building locals of every step would otherwise be zeroed on each call.
    /// <summary>The trace step of the reduced term: whole months, or time served in days (<see cref="ReducedTerm"/>).</summary>
    private static TraceStep ReducedTermStep(int months, int consecutiveMonths, SentenceTerm term, LocalDate computedOn)
    {
        var timeServed = term.Days > 0;
        return new TraceStep(
            "Reduced term", $"guideline term reduced to {months} months, plus {consecutiveMonths} consecutive months",
            timeServed ? $"time served: {term}, from the start to the order's effective date {computedOn:uuuu-MM-dd}" : $"{term}, computed on {computedOn:uuuu-MM-dd}",
            timeServed
                ? "18 U.S.C. §3582(c)(2); USSG §1B1.10(b)(2)(C) (never less than the term already served); same start and credits"
                : "18 U.S.C. §3582(c)(2); same start and credits; the method governing when the order took effect (with no order, at commencement)");
    }

    private TraceStep ReleaseDateStep(int candidate, int releaseDay)
    {
        var day = DayNumbers.ToDate(candidate);
        var moved = DayNumbers.ToDate(releaseDay);
        return new TraceStep("Release date", $"{day:uuuu-MM-dd} is a {day.DayOfWeek}{(holidays.IsHoliday(day) ? ", a federal holiday" : "")}",
            moved == day ? $"{moved:uuuu-MM-dd}" : $"{moved:uuuu-MM-dd}, the last preceding weekday that is not a federal holiday (the Bureau may release then; Retroact models that it does)",
            Section3624a);
    }

    private static TraceStep SupervisedReleaseStep(in ReleasePlan plan) => new("Supervised release starts", plan.Disposition.Name(),
        plan.SupervisedReleaseStart is { } s ? $"{s:uuuu-MM-dd}, the day of release from imprisonment"
            : "unknown: it does not run while the person is imprisoned for another conviction for 30 days or more",
        Section3624e);

    /// <summary>
    /// The day before the weekend rule: with no order, the projected date; with one, the earlier of the original projected
    /// date and the later of (the new projected date, the order's effective date). <see cref="DayNumbers.None"/> when there is
    /// no date (life). All days are day numbers.
    /// </summary>
    private static int Candidate<TTrace>(int originalDay, int newDay, int order, bool releasedBeforeOrder, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (order == DayNumbers.None || newDay == DayNumbers.None)
        {
            return newDay;
        }

        var later = Math.Max(newDay, order);
        var candidate = originalDay != DayNumbers.None ? Math.Min(originalDay, later) : later;
        if (trace.IsEnabled)
        {
            trace.Add(CandidateStep(originalDay, newDay, order, releasedBeforeOrder, candidate));
        }

        return candidate;
    }

    private static TraceStep CandidateStep(int originalDay, int newDay, int order, bool releasedBeforeOrder, int candidate)
    {
        var reduced = DayNumbers.ToDate(newDay);
        var inputs = $"original projected {(DayNumbers.ToDateOrNull(originalDay) is { } o ? $"{o:uuuu-MM-dd}" : "none (life)")}, new projected {reduced:uuuu-MM-dd}, order effective {DayNumbers.ToDate(order):uuuu-MM-dd}";
        var value = releasedBeforeOrder ? $"{DayNumbers.ToDate(candidate):uuuu-MM-dd}: released before the order, which changes nothing"
            : newDay <= order ? $"{DayNumbers.ToDate(candidate):uuuu-MM-dd}: immediate release on the order's effective date"
            : $"{DayNumbers.ToDate(candidate):uuuu-MM-dd}";
        return new TraceStep("Release day under the order", inputs, value, "earlier of the original date and the later of (new date, order effective date): never below time served, USSG §1B1.10(b)(2)(C); no earlier than the order, 18 U.S.C. §3582(c)(2), USSG §1B1.10(e)(1) for Amendment 782");
    }

    /// <summary>
    /// Precedence (docs/custody.md, "Disposition"): a state or other detainer first (criminal custody comes before removal,
    /// 8 U.S.C. §1231(a)(4)(A)), then an ICE detainer, then the custody status (RRC, home confinement), else the community.
    /// </summary>
    private static ReleaseDisposition Disposition<TTrace>(Case @case, TTrace trace)
        where TTrace : struct, ITrace
    {
        var ice = false;
        var other = false;
        foreach (var detainer in @case.Detainers.IsDefault ? [] : @case.Detainers)
        {
            if (detainer == Detainer.Ice)
            {
                ice = true;
            }
            else
            {
                other = true;
            }
        }

        var status = @case.Custody!.Status;
        var disposition = other ? ReleaseDisposition.DetainerCustody
            : ice ? ReleaseDisposition.IceCustody
            : status == CustodyStatus.Rrc ? ReleaseDisposition.RrcRelease
            : status == CustodyStatus.HomeConfinement ? ReleaseDisposition.HomeConfinementRelease
            : ReleaseDisposition.Community;
        if (trace.IsEnabled)
        {
            trace.Add(DispositionStep(@case, status, disposition));
        }

        return disposition;
    }

    private static TraceStep DispositionStep(Case @case, CustodyStatus status, ReleaseDisposition disposition)
    {
        var detainers = @case.Detainers.IsDefaultOrEmpty ? "none" : string.Join(", ", @case.Detainers);
        return new TraceStep("Disposition", $"detainers: {detainers}; status: {status}; citizenship: {@case.Citizenship?.ToString() ?? "unknown"}",
            disposition.Name(), "detainer first (8 U.S.C. §1231(a)(4)(A) for ICE after other custody), then custody status (18 U.S.C. §3624(c))");
    }
}
