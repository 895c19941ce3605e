using NodaTime;
using Retroact.Custody.Law;
using Retroact.Law.Tracing;

namespace Retroact.Custody.Computation;

/// <summary>
/// The Bureau of Prisons' sentence computation (docs/custody.md): start, full-term date, good conduct time by the method
/// in force on the as-of date, projected release date. Pure; the same code serves the traced and the batch path.
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

    /// <summary>Computes <paramref name="input"/> as of <paramref name="asOf"/>, writing each step to <paramref name="trace"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative credits, or an as-of date before any method governed.</exception>
    public SentenceResult Compute<TTrace>(in SentenceInput input, LocalDate asOf, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (input.PriorCustodyDays < 0 || input.GctDisallowedDays < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(input), $"case '{input.CaseId}': prior custody ({input.PriorCustodyDays}) and disallowed good conduct time ({input.GctDisallowedDays}) cannot be negative.");
        }

        var method = Law.MethodOn(asOf);
        var start = input.PriorCustodyDays == 0 ? input.CommencedOn : input.CommencedOn.PlusDays(-input.PriorCustodyDays);
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Computation start",
                $"commenced {input.CommencedOn:uuuu-MM-dd} less {input.PriorCustodyDays} days of prior custody credit",
                $"{start:uuuu-MM-dd}",
                Section3585));
        }

        return ComputeFrom(start, input.Term, input.GctDisallowedDays, method, trace);
    }

    /// <summary>
    /// The computation of <paramref name="term"/> from the same start and under the same method as
    /// <paramref name="original"/>: a reduction under 18 U.S.C. §3582(c)(2) changes the term only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative disallowed days.</exception>
    public SentenceResult Recompute<TTrace>(in SentenceResult original, SentenceTerm term, int gctDisallowedDays, TTrace trace)
        where TTrace : struct, ITrace
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gctDisallowedDays);
        return ComputeFrom(original.Start, term, gctDisallowedDays, original.Method, trace);
    }

    private SentenceResult ComputeFrom<TTrace>(LocalDate start, SentenceTerm term, int gctDisallowedDays, GoodConductTimeMethod method, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (term.IsLife)
        {
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Full-term and projected release date", "term: life", "none: a life term has no release date and earns no good conduct time", "18 U.S.C. §3624(a), (b)(1)"));
            }

            return new SentenceResult(start, term, null, GoodConductTimeCredit.None, 0, null, method);
        }

        var fullTerm = CalendarTerm.LastDay(start, term);
        var termDays = CalendarTerm.DaysFrom(start, fullTerm) + 1;
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

        return new SentenceResult(start, term, fullTerm, credit, applied, projected, method);
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
                ? $"method {method.Id} (as of the computation): {termDays} days; least time served t with t + credit(t) ≥ {termDays}: " +
                  $"{credit.FullYears} full years served earn {credit.FullYears * method.DaysPerYear}, then {credit.PartialYearDays} days of the last year " +
                  $"(⌊{rate} × {credit.PartialYearDays}⌋ reaches the term), t = {termDays - credit.Days}"
                : $"method {method.Id} (as of the computation): {credit.FullYears} full years imposed × {method.DaysPerYear}, " +
                  $"plus ⌊{rate} × {credit.PartialYearDays}⌋ for the {credit.PartialYearDays} days of the partial year";
            trace.Add(new TraceStep("Good conduct time", working, $"{credit.Days} days", $"{method.DaysPerYearCitation}; {method.PartialYearRateCitation}"));
        }

        return credit;
    }
}
