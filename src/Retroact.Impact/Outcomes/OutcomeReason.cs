namespace Retroact.Impact.Outcomes;

/// <summary>
/// Why a case is or is not eligible for a reduction: the closed set of §1B1.10 reason codes of the retroactivity
/// engine (its JSON names in <see cref="OutcomeReasons.Code"/>), plus <see cref="Unevaluable"/> for an accepted row
/// that lacks what the amendment needs. The numeric order is the order the engine tests them in.
/// </summary>
public enum OutcomeReason : byte
{
    /// <summary><c>eligible</c>: the listed amendments lower the range and the reduced term is below the term (§1B1.10(a)(2), (b)(2)).</summary>
    Eligible,
    /// <summary><c>not-applicable</c>: the amendment has nothing to say about this case.</summary>
    NotApplicable,
    /// <summary><c>already-applied</c>: sentenced under an edition that already included the amendment.</summary>
    AlreadyApplied,
    /// <summary><c>not-covered</c>: the part relied on is not listed in §1B1.10(d).</summary>
    NotCovered,
    /// <summary><c>range-not-lowered</c>: the listed amendments do not lower the applicable range (§1B1.10(a)(2)(B)).</summary>
    RangeNotLowered,
    /// <summary><c>career-offender</c>: the level falls but the §4B1.1 level controls.</summary>
    CareerOffender,
    /// <summary><c>mandatory-minimum</c>: the range falls but a statutory minimum keeps it where it was.</summary>
    MandatoryMinimum,
    /// <summary><c>no-reduction-available</c>: the range fell but the term is already at or below the lowest term allowed.</summary>
    NoReductionAvailable,
    /// <summary><c>unevaluable</c>: an accepted row that lacks a field this amendment needs (counted here, not as a reject).</summary>
    Unevaluable,
}

/// <summary>The report names of <see cref="OutcomeReason"/> and the parsing of the engine's codes.</summary>
public static class OutcomeReasons
{
    /// <summary>How many reasons there are; sizes the per-reason counters.</summary>
    public const int Count = 9;

    private static readonly string[] Codes =
    [
        "eligible", "not-applicable", "already-applied", "not-covered", "range-not-lowered",
        "career-offender", "mandatory-minimum", "no-reduction-available", "unevaluable",
    ];

    /// <summary>The kebab-case code used in <c>report.json</c>, <c>decisions.csv</c> and by the engine.</summary>
    public static string Code(this OutcomeReason reason) => Codes[(int)reason];

    /// <summary>Parses an engine reason code; throws <see cref="ArgumentException"/> naming the value for a code outside the set.</summary>
    public static OutcomeReason Parse(string code)
    {
        var index = Array.IndexOf(Codes, code);
        return index >= 0
            ? (OutcomeReason)index
            : throw new ArgumentException($"reason '{code}' is not one of: {string.Join(", ", Codes)}", nameof(code));
    }
}
