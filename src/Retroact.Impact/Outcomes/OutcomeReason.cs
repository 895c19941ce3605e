using Retroact.Law.Retroactivity;

namespace Retroact.Impact.Outcomes;

/// <summary>
/// Why a case is or is not eligible for a reduction, in one byte: one of the retroactivity engine's
/// <see cref="EligibilityReason"/> codes (its set, its order and its JSON codes, so a reason the engine adds reaches the
/// report with no edit here), or <see cref="Unevaluable"/>, impact's own category for an accepted row the engine cannot
/// calculate (it lacks a field this amendment needs; counted here, not as a reject).
/// </summary>
public readonly record struct OutcomeReason
{
    /// <summary>The code of <see cref="Unevaluable"/> in <c>report.json</c> and <c>decisions.csv</c>.</summary>
    public const string UnevaluableCode = "unevaluable";

    private static readonly EligibilityReason[] EngineReasons = Enum.GetValues<EligibilityReason>();

    private readonly byte _index;

    private OutcomeReason(int index) => _index = checked((byte)index);

    /// <summary>How many reasons there are (the engine's plus <see cref="Unevaluable"/>); sizes the per-reason counters.</summary>
    public static int Count { get; } = EngineReasons.Length + 1;

    /// <summary>Every reason: the engine's in its declaration order, then <see cref="Unevaluable"/>.</summary>
    public static IReadOnlyList<OutcomeReason> All { get; } = [.. Enumerable.Range(0, EngineReasons.Length + 1).Select(i => new OutcomeReason(i))];

    /// <summary><c>eligible</c>: the listed amendments lower the range and the reduced term is below the term (§1B1.10(a)(2), (b)(2)).</summary>
    public static OutcomeReason Eligible { get; } = Of(EligibilityReason.Eligible);

    /// <summary><c>unevaluable</c>: an accepted row the engine cannot calculate.</summary>
    public static OutcomeReason Unevaluable { get; } = new(EngineReasons.Length);

    /// <summary>The position of this reason in <see cref="All"/>; indexes the per-reason counters.</summary>
    public int Index => _index;

    /// <summary>The kebab-case code used in <c>report.json</c> and <c>decisions.csv</c>: the engine's code, or <c>unevaluable</c>.</summary>
    public string Code => _index < EngineReasons.Length ? EngineReasons[_index].Code() : UnevaluableCode;

    /// <summary>The reason in a plain sentence (<see cref="EligibilityReasons.Meaning"/>, or impact's own for <see cref="Unevaluable"/>).</summary>
    public string Meaning => _index < EngineReasons.Length
        ? EngineReasons[_index].Meaning()
        : "undetermined: the engine cannot calculate the case without a field this amendment needs (the note in decisions.csv names it)";

    /// <summary>The provision that gives the reason its effect (<see cref="EligibilityReasons.Citation"/>; for <see cref="Unevaluable"/>, the one that needs the missing fact).</summary>
    public string Citation => _index < EngineReasons.Length ? EngineReasons[_index].Citation() : "USSG §1B1.10(a)(1), (b)(1)";

    /// <summary>The reason the engine gave.</summary>
    public static OutcomeReason Of(EligibilityReason reason) => new(Array.IndexOf(EngineReasons, reason));

    /// <summary>Parses a code of <see cref="Code"/>; throws <see cref="ArgumentException"/> naming the value for a code outside the set.</summary>
    public static OutcomeReason Parse(string code)
    {
        foreach (var reason in All)
        {
            if (reason.Code == code)
            {
                return reason;
            }
        }

        throw new ArgumentException($"reason '{code}' is not one of: {string.Join(", ", All.Select(r => r.Code))}", nameof(code));
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
