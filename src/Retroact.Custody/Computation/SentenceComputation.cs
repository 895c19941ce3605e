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
        var start = Start(input, trace);
        return Govern(start, input.Term, input.GctDisallowedDays, input.CommencedOn, asOf, trace);
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
        var start = Start(input, trace);
        return ComputeFrom(start, input.Term, Span(start, input.Term), input.GctDisallowedDays, method, trace);
    }

    /// <summary>
    /// The computation of <paramref name="term"/> from the same start as <paramref name="original"/> (a reduction under
    /// 18 U.S.C. §3582(c)(2) changes the term only), made on <paramref name="computedOn"/> (the order's effective date) as the
    /// Bureau had it on <paramref name="asOf"/>: under the method governing on the earlier of the two, then recomputed
    /// under each later method as <see cref="Compute"/> does.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative disallowed days, or an as-of date before any method governed.</exception>
    public SentenceResult Recompute<TTrace>(in SentenceResult original, SentenceTerm term, int gctDisallowedDays, LocalDate computedOn, LocalDate asOf, TTrace trace)
        where TTrace : struct, ITrace
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gctDisallowedDays);
        return Govern(original.Start, term, gctDisallowedDays, computedOn, asOf, trace);
    }

    private static LocalDate Start<TTrace>(in SentenceInput input, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (input.PriorCustodyDays < 0 || input.GctDisallowedDays < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(input), $"case '{input.CaseId}': prior custody ({input.PriorCustodyDays}) and disallowed good conduct time ({input.GctDisallowedDays}) cannot be negative.");
        }

        var start = input.PriorCustodyDays == 0 ? input.CommencedOn : input.CommencedOn.PlusDays(-input.PriorCustodyDays);
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Computation start",
                $"commenced {input.CommencedOn:uuuu-MM-dd} less {input.PriorCustodyDays} days of prior custody credit",
                $"{start:uuuu-MM-dd}",
                Section3585));
        }

        return start;
    }

    /// <summary>
    /// The computation made on <paramref name="computedOn"/> (bounded by <paramref name="asOf"/>) under the method then in
    /// force; then, for each later method whose date has come by <paramref name="asOf"/>: a projected date before that day
    /// stands (the person was out); otherwise the Bureau recomputed under the new method on that day, and a recomputed date
    /// already past means release on that day (July 19, 2019 for the First Step Act: 87 FR 7938 and the sources in the law file).
    /// </summary>
    private SentenceResult Govern<TTrace>(LocalDate start, SentenceTerm term, int gctDisallowedDays, LocalDate computedOn, LocalDate asOf, TTrace trace)
        where TTrace : struct, ITrace
    {
        var methods = Law.Methods;
        var index = Law.IndexOn(asOf);
        var madeOn = LocalDate.Min(computedOn, asOf);
        while (index > 0 && methods[index].GovernsFrom > madeOn)
        {
            index--;
        }

        var method = methods[index];
        var span = Span(start, term);
        SentenceResult? result = null;
        for (var next = index + 1; next < methods.Length && methods[next].GovernsFrom <= asOf; next++)
        {
            var later = methods[next];
            var change = later.GovernsFrom;
            var before = result ?? ComputeFrom(start, term, span, gctDisallowedDays, method, trace);
            var stillInCustody = before.ProjectedReleaseDate is not { } projected || projected >= change;
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep(
                    "Good conduct time method change",
                    $"projected {(before.ProjectedReleaseDate is { } p ? $"{p:uuuu-MM-dd}" : "none (life)")} under {before.Method.Id}; {later.Id} governs from {change:uuuu-MM-dd}",
                    stillInCustody
                        ? $"in custody on {change:uuuu-MM-dd}: recomputed under {later.Id}"
                        : $"released before {change:uuuu-MM-dd}: the date stands under {before.Method.Id}",
                    later.GovernsFromCitation));
            }

            if (!stillInCustody)
            {
                return before;
            }

            method = later;
            var recomputed = ComputeFrom(start, term, span, gctDisallowedDays, method, trace);
            if (recomputed.ProjectedReleaseDate is { } date && date < change)
            {
                if (trace.IsEnabled)
                {
                    trace.Add(new TraceStep(
                        "Released on the method change",
                        $"recomputed date {date:uuuu-MM-dd} had passed when {method.Id} began to govern",
                        $"{change:uuuu-MM-dd}, the day of the recomputation (then moved back off a weekend or holiday with the release date)",
                        method.GovernsFromCitation));
                }

                recomputed = recomputed with { ProjectedReleaseDate = change, ReleasedOnTransition = true };
            }

            result = recomputed;
        }

        return result ?? ComputeFrom(start, term, span, gctDisallowedDays, method, trace);
    }

    /// <summary>The full-term date and the term's length in days (both ends counted); <c>default</c> for life.</summary>
    private static (LocalDate FullTerm, int Days) Span(LocalDate start, SentenceTerm term)
    {
        if (term.IsLife)
        {
            return default;
        }

        var fullTerm = CalendarTerm.LastDay(start, term);
        return (fullTerm, CalendarTerm.DaysFrom(start, fullTerm) + 1);
    }

    private SentenceResult ComputeFrom<TTrace>(
        LocalDate start, SentenceTerm term, (LocalDate FullTerm, int Days) span, int gctDisallowedDays, GoodConductTimeMethod method, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (term.IsLife)
        {
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Full-term and projected release date", "term: life", "none: a life term has no release date and earns no good conduct time", "18 U.S.C. §3624(a), (b)(1)"));
            }

            return new SentenceResult(start, term, null, GoodConductTimeCredit.None, 0, null, method, false);
        }

        var (fullTerm, termDays) = span;
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Full-term date",
                $"{term} from {start:uuuu-MM-dd}, less one day (a month without the start's day ends on its last day)",
                $"{fullTerm:uuuu-MM-dd} ({termDays} days)",
                Section3624a));
        }

        var credit = Earned(start, term, termDays, method, trace);
        var applied = Math.Max(0, credit.Days - gctDisallowedDays);
        var projected = fullTerm.PlusDays(-applied);
        if (trace.IsEnabled)
        {
            if (gctDisallowedDays > 0)
            {
                trace.Add(new TraceStep(
                    "Good conduct time disallowed", $"{credit.Days} earned less {gctDisallowedDays} disallowed", $"{applied} days", "18 U.S.C. §3624(b)(1)"));
            }

            trace.Add(new TraceStep(
                "Projected release date", $"full term {fullTerm:uuuu-MM-dd} less {applied} days of good conduct time", $"{projected:uuuu-MM-dd}", Section3624a));
        }

        return new SentenceResult(start, term, fullTerm, credit, applied, projected, method, false);
    }

    private GoodConductTimeCredit Earned<TTrace>(LocalDate start, SentenceTerm term, int termDays, GoodConductTimeMethod method, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (!term.Exceeds(Law.NoCreditUnlessTermExceedsMonths))
        {
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep(
                    "Good conduct time", $"{term} is not more than {Law.NoCreditUnlessTermExceedsMonths} months", "0 days", Law.NoCreditCitation));
            }

            return GoodConductTimeCredit.None;
        }

        var credit = method.Basis == GoodConductTimeBasis.YearsServed
            ? GoodConductTimeRules.YearsServed(start, termDays, method)
            : GoodConductTimeRules.YearsImposed(start, term, termDays, method);
        if (trace.IsEnabled)
        {
            var rate = (method.PartialYearRatePerMille / 1000m).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
            var working = method.Basis == GoodConductTimeBasis.YearsServed
                ? $"method {method.Id} (governing this computation): {termDays} days; least time served t with t + credit(t) ≥ {termDays}: " +
                  $"{credit.FullYears} full years served earn {credit.FullYears * method.DaysPerYear}, then {credit.PartialYearDays} days of the last year " +
                  $"(⌊{rate} × {credit.PartialYearDays}⌋ reaches the term), t = {termDays - credit.Days}"
                : $"method {method.Id} (governing this computation): {credit.FullYears} full years imposed × {method.DaysPerYear}, " +
                  $"plus ⌊{rate} × {credit.PartialYearDays}⌋ for the {credit.PartialYearDays} days of the partial year";
            trace.Add(new TraceStep("Good conduct time", working, $"{credit.Days} days", $"{method.DaysPerYearCitation}; {method.PartialYearRateCitation}"));
        }

        return credit;
    }
}
