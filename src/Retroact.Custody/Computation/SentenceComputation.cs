using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;
using Retroact.Custody.Law;
using Retroact.Law.Tracing;

namespace Retroact.Custody.Computation;

/// <summary>
/// The Bureau of Prisons' sentence computation (docs/custody.md): start, full-term date, good conduct time by the method
/// that governed the computation when it was made (recomputed under a later method for a person still in custody when it
/// began to govern), projected release date. Pure; the same code serves the traced and the batch path.
/// </summary>
/// <param name="law">The dated good conduct time law.</param>
public sealed class SentenceComputation(GoodConductTimeLaw law)
{
    private const string Section3585 = "18 U.S.C. §3585(a), (b)";
    private const string Section3624a = "18 U.S.C. §3624(a)";

    /// <summary>The computation under the law shipped with Retroact.</summary>
    public static SentenceComputation Current { get; } = new(GoodConductTimeLaw.Current);

    /// <summary>The good conduct time law applied.</summary>
    public GoodConductTimeLaw Law { get; } = law;

    /// <summary>
    /// Computes <paramref name="input"/> as the Bureau of Prisons had it on <paramref name="asOf"/>, writing each step to
    /// <paramref name="trace"/>: under the good conduct time method that governed when the sentence commenced, then, for each
    /// later method that began to govern on or before <paramref name="asOf"/> while the person was still in custody,
    /// recomputed under that method (docs/custody.md, "Which method").
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative credits, or an as-of date before any method governed.</exception>
    public SentenceResult Compute<TTrace>(in SentenceInput input, LocalDate asOf, TTrace trace)
        where TTrace : struct, ITrace
    {
        var commenced = DayNumbers.Of(input.CommencedOn);
        var start = Start(input, commenced, trace);
        return Govern(start, input.Term, input.GctDisallowedDays, commenced, DayNumbers.Of(asOf), trace);
    }

    /// <summary>
    /// Computes <paramref name="input"/> under <paramref name="method"/> alone, whatever governed when: the arithmetic of one
    /// method, with no recomputation and no transition-day release.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative credits.</exception>
    public SentenceResult ComputeUnder<TTrace>(in SentenceInput input, GoodConductTimeMethod method, TTrace trace)
        where TTrace : struct, ITrace
    {
        ArgumentNullException.ThrowIfNull(method);
        var start = Start(input, DayNumbers.Of(input.CommencedOn), trace);
        var (fullTerm, termDays) = Span(start, input.Term);
        var projection = Project(start, input.Term, fullTerm, termDays, input.GctDisallowedDays, method, trace);
        return new SentenceResult(start, input.Term, fullTerm, projection.Credit, projection.Applied, projection.ProjectedDay, method, false);
    }

    /// <summary>
    /// The day the term is computed from: commencement (day number <paramref name="commencedDay"/>) less prior custody credit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative credits.</exception>
    internal static CalendarDay Start<TTrace>(in SentenceInput input, int commencedDay, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (input.PriorCustodyDays < 0 || input.GctDisallowedDays < 0)
        {
            ThrowNegativeCredits(input);
        }

        var start = input.PriorCustodyDays == 0 ? CalendarDay.Of(input.CommencedOn) : CalendarDay.FromNumber(commencedDay - input.PriorCustodyDays);
        if (trace.IsEnabled)
        {
            trace.Add(StartStep(input, start));
        }

        return start;
    }

    [DoesNotReturn]
    private static void ThrowNegativeCredits(in SentenceInput input) => throw new ArgumentOutOfRangeException(
        nameof(input), $"case '{input.CaseId}': prior custody ({input.PriorCustodyDays}) and disallowed good conduct time ({input.GctDisallowedDays}) cannot be negative.");

    private static TraceStep StartStep(in SentenceInput input, in CalendarDay start) => new(
        "Computation start",
        $"commenced {input.CommencedOn:uuuu-MM-dd} less {input.PriorCustodyDays} days of prior custody credit",
        $"{start.ToDate():uuuu-MM-dd}",
        Section3585);

    /// <summary>
    /// The computation made on <paramref name="computedOn"/> (bounded by <paramref name="asOf"/>) under the method then in
    /// force; then, for each later method whose date has come by <paramref name="asOf"/>: a projected date before that day
    /// stands (the person was out); otherwise the Bureau recomputed under the new method on that day, and a recomputed date
    /// already past means release on that day (July 19, 2019 for the First Step Act: 87 FR 7938 and the sources in the law file).
    /// All days are day numbers.
    /// </summary>
    internal SentenceResult Govern<TTrace>(in CalendarDay start, SentenceTerm term, int gctDisallowedDays, int computedOn, int asOf, TTrace trace)
        where TTrace : struct, ITrace
    {
        var methods = Law.Methods;
        var index = Law.IndexOn(asOf);
        var madeOn = Math.Min(computedOn, asOf);
        while (index > 0 && Law.GovernsFromDay(index) > madeOn)
        {
            index--;
        }

        var method = methods[index];
        var (fullTerm, termDays) = Span(start, term);
        var projection = Project(start, term, fullTerm, termDays, gctDisallowedDays, method, trace);
        var releasedOnTransition = false;
        for (var next = index + 1; next < methods.Length && Law.GovernsFromDay(next) <= asOf; next++)
        {
            var later = methods[next];
            var change = Law.GovernsFromDay(next);
            var stillInCustody = projection.ProjectedDay == DayNumbers.None || projection.ProjectedDay >= change;
            if (trace.IsEnabled)
            {
                trace.Add(MethodChangeStep(projection.ProjectedDay, method, later, stillInCustody));
            }

            if (!stillInCustody)
            {
                break;
            }

            method = later;
            projection = Project(start, term, fullTerm, termDays, gctDisallowedDays, method, trace);
            releasedOnTransition = projection.ProjectedDay != DayNumbers.None && projection.ProjectedDay < change;
            if (releasedOnTransition)
            {
                if (trace.IsEnabled)
                {
                    trace.Add(ReleasedOnChangeStep(projection.ProjectedDay, method));
                }

                projection = projection with { ProjectedDay = change };
            }
        }

        return new SentenceResult(start, term, fullTerm, projection.Credit, projection.Applied, projection.ProjectedDay, method, releasedOnTransition);
    }

    /// <summary>The full-term day and the term's length in days (both ends counted); <see cref="DayNumbers.None"/> and 0 for life.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int FullTerm, int Days) Span(in CalendarDay start, SentenceTerm term)
    {
        if (term.IsLife)
        {
            return (DayNumbers.None, 0);
        }

        var fullTerm = CalendarTerm.LastDay(start, term);
        return (fullTerm, fullTerm - start.Number + 1);
    }

    /// <summary>The arithmetic of one method over a term: credit, credit applied after disallowance, projected release day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Projection Project<TTrace>(
        in CalendarDay start, SentenceTerm term, int fullTerm, int termDays, int gctDisallowedDays, GoodConductTimeMethod method, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (term.IsLife)
        {
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Full-term and projected release date", "term: life", "none: a life term has no release date and earns no good conduct time", "18 U.S.C. §3624(a), (b)(1)"));
            }

            return new Projection(GoodConductTimeCredit.None, 0, DayNumbers.None);
        }

        if (trace.IsEnabled)
        {
            trace.Add(FullTermStep(start, term, fullTerm, termDays));
        }

        var credit = Earned(start, term, termDays, method, trace);
        var applied = Math.Max(0, credit.Days - gctDisallowedDays);
        var projected = fullTerm - applied;
        if (trace.IsEnabled)
        {
            if (gctDisallowedDays > 0)
            {
                trace.Add(DisallowedStep(credit.Days, gctDisallowedDays, applied));
            }

            trace.Add(ProjectedStep(fullTerm, applied, projected));
        }

        return new Projection(credit, applied, projected);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private GoodConductTimeCredit Earned<TTrace>(in CalendarDay start, SentenceTerm term, int termDays, GoodConductTimeMethod method, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (!term.Exceeds(Law.NoCreditUnlessTermExceedsMonths))
        {
            if (trace.IsEnabled)
            {
                trace.Add(NoCreditStep(term));
            }

            return GoodConductTimeCredit.None;
        }

        var credit = method.Basis == GoodConductTimeBasis.YearsServed
            ? GoodConductTimeRules.YearsServed(start, termDays, method)
            : GoodConductTimeRules.YearsImposed(start, term, termDays, method);
        if (trace.IsEnabled)
        {
            trace.Add(CreditStep(termDays, method, credit));
        }

        return credit;
    }

    // The trace steps are built outside the computation so that the batch path (NoTrace), where they are dead code, keeps
    // a small frame: the string-building locals of every step would otherwise be zeroed on each call.
    private static TraceStep MethodChangeStep(int projectedDay, GoodConductTimeMethod method, GoodConductTimeMethod later, bool stillInCustody) => new(
        "Good conduct time method change",
        $"projected {(DayNumbers.ToDateOrNull(projectedDay) is { } p ? $"{p:uuuu-MM-dd}" : "none (life)")} under {method.Id}; {later.Id} governs from {later.GovernsFrom:uuuu-MM-dd}",
        stillInCustody
            ? $"in custody on {later.GovernsFrom:uuuu-MM-dd}: recomputed under {later.Id}"
            : $"released before {later.GovernsFrom:uuuu-MM-dd}: the date stands under {method.Id}",
        later.GovernsFromCitation);

    private static TraceStep ReleasedOnChangeStep(int projectedDay, GoodConductTimeMethod method) => new(
        "Released on the method change",
        $"recomputed date {DayNumbers.ToDate(projectedDay):uuuu-MM-dd} had passed when {method.Id} began to govern",
        $"{method.GovernsFrom:uuuu-MM-dd}, the day of the recomputation (then moved back off a weekend or holiday with the release date)",
        method.GovernsFromCitation);

    private static TraceStep FullTermStep(in CalendarDay start, SentenceTerm term, int fullTerm, int termDays) => new(
        "Full-term date",
        $"{term} from {start.ToDate():uuuu-MM-dd}, less one day (a month without the start's day ends on its last day)",
        $"{DayNumbers.ToDate(fullTerm):uuuu-MM-dd} ({termDays} days)",
        Section3624a);

    private static TraceStep DisallowedStep(int earned, int gctDisallowedDays, int applied) =>
        new("Good conduct time disallowed", $"{earned} earned less {gctDisallowedDays} disallowed", $"{applied} days", "18 U.S.C. §3624(b)(1)");

    private static TraceStep ProjectedStep(int fullTerm, int applied, int projected) => new(
        "Projected release date",
        $"full term {DayNumbers.ToDate(fullTerm):uuuu-MM-dd} less {applied} days of good conduct time",
        $"{DayNumbers.ToDate(projected):uuuu-MM-dd}",
        Section3624a);

    private TraceStep NoCreditStep(SentenceTerm term) =>
        new("Good conduct time", $"{term} is not more than {Law.NoCreditUnlessTermExceedsMonths} months", "0 days", Law.NoCreditCitation);

    private static TraceStep CreditStep(int termDays, GoodConductTimeMethod method, GoodConductTimeCredit credit)
    {
        var rate = (method.PartialYearRatePerMille / 1000m).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        var working = method.Basis == GoodConductTimeBasis.YearsServed
            ? $"method {method.Id} (governing this computation): {termDays} days; least time served t with t + credit(t) ≥ {termDays}: " +
              $"{credit.FullYears} full years served earn {credit.FullYears * method.DaysPerYear}, then {credit.PartialYearDays} days of the last year " +
              $"(⌊{rate} × {credit.PartialYearDays}⌋ reaches the term), t = {termDays - credit.Days}"
            : $"method {method.Id} (governing this computation): {credit.FullYears} full years imposed × {method.DaysPerYear}, " +
              $"plus ⌊{rate} × {credit.PartialYearDays}⌋ for the {credit.PartialYearDays} days of the partial year";
        return new TraceStep("Good conduct time", working, $"{credit.Days} days", $"{method.DaysPerYearCitation}; {method.PartialYearRateCitation}");
    }

    /// <summary>One method's figures for a term: the credit earned, the credit applied, the projected release day.</summary>
    private readonly record struct Projection(GoodConductTimeCredit Credit, int Applied, int ProjectedDay);
}
