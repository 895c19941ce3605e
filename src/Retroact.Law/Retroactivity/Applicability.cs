using Retroact.Law.Cases;
using Retroact.Law.Retroactivity.Amendments;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// Whether an amendment has anything to say about a case (otherwise the reason is <c>not-applicable</c>,
/// USSG §1B1.10(a)(2)(A)): a part relied on must speak to the case's guideline and substances, to its status points,
/// or to a zero-point offender. When the record lacks the fact that decides it, the answer names the missing field
/// (reason <c>insufficient-data</c>), never a guess either way.
/// </summary>
public static class AmendmentApplicability
{
    /// <summary>The case-file field for the drug quantities, named when a §2D1.1 record gives none.</summary>
    public const string DrugsField = "drugs";

    private const string DrugGuideline = "2D1.1";

    /// <summary>
    /// True when some part <paramref name="amendment"/> relies on speaks to <paramref name="case"/>; false when none does, or
    /// when it cannot be told from the record, and then <paramref name="missing"/> names the field that would tell
    /// (<c>statusPoints</c>, <c>criminalHistoryPoints</c>, <c>zeroPointDisqualifiers</c>, <c>drugs</c>); <c>null</c> when the
    /// answer is known. A §2D1.1 record without drug quantities speaks to a drug amendment but names <c>drugs</c> as missing:
    /// the engine then derives the amended level where the law fixes it whatever the substance, or reports the gap.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="amendment">The amendment the motion relies on.</param>
    /// <param name="edition">
    /// The sentencing edition: a part that speaks to §2D1.1 also speaks to the guidelines that take their level from the
    /// §2D1.1 Drug Quantity Table in that edition (§2D1.2, §2D1.5: <see cref="Model.ManualEdition.DrugGuidelines"/>), since a
    /// change to the table lowers their levels too.
    /// </param>
    /// <param name="missing">The field whose absence leaves the answer open, or <c>null</c>.</param>
    public static bool Applies(Case @case, Amendment amendment, Model.ManualEdition edition, out string? missing)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(amendment);
        ArgumentNullException.ThrowIfNull(edition);
        missing = null;
        string? unknown = null;
        foreach (var part in amendment.ReliedOn)
        {
            if (part.AppliesTo is not { } applies)
            {
                continue;
            }

            switch (Speaks(@case, applies, edition, out var field))
            {
                case Answer.Yes:
                    missing = field;
                    return true;
                case Answer.Unknown:
                    unknown ??= field;
                    break;
            }
        }

        missing = unknown;
        return false;
    }

    private enum Answer
    {
        No,
        Yes,
        Unknown,
    }

    private static Answer Speaks(Case @case, Applicability applies, Model.ManualEdition edition, out string? missing)
    {
        missing = null;
        if (applies.StatusPoints && StatusPoints(@case) is var status and not Answer.Yes)
        {
            missing = status == Answer.Unknown ? "statusPoints" : null;
            return status;
        }

        if (applies.ZeroPoint && ZeroPoint(@case, out var zeroField) is var zero and not Answer.Yes)
        {
            missing = zeroField;
            return zero;
        }

        if (applies.Guideline is { } guideline && (@case.Guideline ?? (@case.Drugs.IsEmpty ? null : DrugGuideline)) is var caseGuideline
            && caseGuideline != guideline && !(guideline == DrugGuideline && caseGuideline is not null && edition.DrugGuidelines.ContainsKey(caseGuideline)))
        {
            return Answer.No;
        }

        if (applies.Guideline is not null && @case.Drugs.IsEmpty)
        {
            // A §2D1.1 record without quantities: which lines, and so which levels, is not in the record.
            missing = DrugsField;
            return applies.Substances.IsEmpty ? Answer.Yes : Answer.Unknown;
        }

        if (applies.Substances.IsEmpty)
        {
            return Answer.Yes;
        }

        foreach (var drug in @case.Drugs)
        {
            if (applies.Substances.Contains(drug.Substance))
            {
                return Answer.Yes;
            }
        }

        return Answer.No;
    }

    /// <summary>
    /// Status points recorded: yes when more than 0, no when 0. Not recorded: no when the case has fewer than 2 points in
    /// all (or Category I without points), since §4A1.1(d) before Amend. 821 added 2; otherwise unknown.
    /// </summary>
    private static Answer StatusPoints(Case @case) => @case.StatusPoints switch
    {
        > 0 => Answer.Yes,
        not null => Answer.No,
        null when @case.CriminalHistoryPoints is < 2 => Answer.No,
        null when @case.CriminalHistoryPoints is null && @case.CriminalHistoryCategory == CriminalHistoryCategory.I => Answer.No,
        _ => Answer.Unknown,
    };

    /// <summary>
    /// A zero-point offender (§4C1.1(a)(1)): yes with 0 points and the disqualifying criteria recorded (the rule then weighs
    /// them); unknown with 0 points and no criteria recorded, or with no points but Category I (0 or 1 points); no otherwise.
    /// </summary>
    private static Answer ZeroPoint(Case @case, out string? missing)
    {
        missing = null;
        switch (@case.CriminalHistoryPoints)
        {
            case 0 when @case.ZeroPointDisqualifiers is null:
                missing = "zeroPointDisqualifiers";
                return Answer.Unknown;
            case 0:
                return Answer.Yes;
            case null when @case.CriminalHistoryCategory is null or CriminalHistoryCategory.I:
                missing = "criminalHistoryPoints";
                return Answer.Unknown;
            default:
                return Answer.No;
        }
    }
}
