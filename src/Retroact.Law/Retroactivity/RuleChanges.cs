using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// Amendments that change a rule rather than a table, applied to the facts found at sentencing: Amendment 821 Part A's
/// status points (§4A1.1(e)) and Part B, Subpart 1's zero-point adjustment (§4C1.1). The calculator reads the case's
/// points and adjustments as found, so the amended facts are what the amended rule would have produced.
/// </summary>
public static class RuleChanges
{
    /// <summary>
    /// The case as the <paramref name="amended"/> edition's rules would have found it where they differ from
    /// <paramref name="original"/>'s; the same instance when no rule changed for it (no allocation). Status points: the
    /// points beyond the status points, plus what the amended rule gives for them. Zero-point offender: 2 levels off the
    /// adjustments (or the total found) when the case has no points and its disqualifiers are known to be none of the rule's.
    /// </summary>
    public static Case Apply(Case @case, ManualEdition original, ManualEdition amended)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(amended);
        var result = @case;
        if (!ReferenceEquals(original.StatusPoints, amended.StatusPoints) && @case.StatusPoints is > 0 and var status && @case.CriminalHistoryPoints is { } points)
        {
            var others = points - status;
            var rescored = others + amended.StatusPoints.PointsFor(others);
            if (rescored != points)
            {
                result = result with { CriminalHistoryPoints = rescored, StatusPoints = rescored - others, CriminalHistoryCategory = null };
            }
        }

        if (original.ZeroPointOffender is null && amended.ZeroPointOffender is { } rule && QualifiesAsZeroPoint(@case, rule))
        {
            result = result.OffenseLevelAdjustments is { } adjustments
                ? result with { OffenseLevelAdjustments = adjustments - rule.Decrease }
                : result with { TotalOffenseLevel = result.TotalOffenseLevel - rule.Decrease };
        }

        return result;
    }

    /// <summary>True when the case has no criminal history points and none of the rule's criteria is known to disqualify it (§4C1.1(a)).</summary>
    public static bool QualifiesAsZeroPoint(Case @case, ZeroPointOffenderRule rule)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(rule);
        if (@case.CriminalHistoryPoints != 0 || @case.ZeroPointDisqualifiers is not { } disqualifiers)
        {
            return false;
        }

        foreach (var found in disqualifiers)
        {
            for (var i = 0; i < rule.Disqualifiers.Count; i++)
            {
                if (found == rule.Disqualifiers[i])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
