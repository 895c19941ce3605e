using Retroact.Law.Cases;
using Retroact.Law.Retroactivity.Amendments;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// Whether an amendment has anything to say about a case (otherwise the reason is <c>not-applicable</c>,
/// USSG §1B1.10(a)(2)(A)): a part relied on must speak to the case's guideline and substances, to its status points,
/// or to a zero-point offender.
/// </summary>
public static class AmendmentApplicability
{
    /// <summary>True when any part <paramref name="amendment"/> relies on speaks to <paramref name="case"/>; unknown facts count as not speaking to it.</summary>
    public static bool Applies(Case @case, Amendment amendment)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(amendment);
        foreach (var part in amendment.ReliedOn)
        {
            if (part.AppliesTo is { } applies && Speaks(@case, applies))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Speaks(Case @case, Applicability applies)
    {
        if (applies.StatusPoints && @case.StatusPoints is not > 0)
        {
            return false;
        }

        if (applies.ZeroPoint && @case.CriminalHistoryPoints is not 0)
        {
            return false;
        }

        if (applies.Guideline is { } guideline && (@case.Guideline ?? (@case.Drugs.IsEmpty ? null : "2D1.1")) != guideline)
        {
            return false;
        }

        if (applies.Substances.IsEmpty)
        {
            return true;
        }

        foreach (var drug in @case.Drugs)
        {
            if (applies.Substances.Contains(drug.Substance))
            {
                return true;
            }
        }

        return false;
    }
}
