using System.Globalization;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Retroact.Law.Tracing;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// Amendments that change a rule rather than a table, applied to the facts found at sentencing: Amendment 821 Part A's
/// status points (§4A1.1(e)) and Part B, Subpart 1's zero-point adjustment (§4C1.1). The calculator reads the case's
/// points and adjustments as found, so the amended facts are what the amended rule would have produced.
/// </summary>
public static class RuleChanges
{
    private const string ZeroPointCitation =
        "USSG §4C1.1(a) (Amend. 821): \"decrease the offense level determined under Chapters Two and Three by 2 levels\"";

    /// <summary>
    /// The case as the <paramref name="amended"/> edition's rules would have found it where they differ from
    /// <paramref name="original"/>'s; the same instance when no rule changed for it (no allocation). Status points: the
    /// points beyond the status points, plus what the amended rule gives for them. Zero-point offender: 2 levels off the
    /// offense level from Chapters Two and Three when the case has no points and its disqualifiers are known to be none of
    /// the rule's. Where the edition's §5C1.2(b) floor is an offense level ("the offense level applicable from Chapters Two
    /// and Three shall be not less than level 17", 2001–2016 text) and it binds, that floor is part of the Chapters Two and
    /// Three level, so the 2 levels come off the floored level (17 → 15); the case is then handed on with that level and
    /// without the statutory minimum, which under the safety valve only triggers the floor (§5C1.2(a) lifts it), so the
    /// calculator does not raise the level a second time.
    /// </summary>
    public static Case Apply<TTrace>(Case @case, ManualEdition original, ManualEdition amended, TTrace trace)
        where TTrace : struct, ITrace
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
            result = ZeroPoint(result, amended, rule, trace);
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

    private static Case ZeroPoint<TTrace>(Case @case, ManualEdition amended, ZeroPointOffenderRule rule, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (amended.SafetyValveFloor is not OffenseLevelFloor floor || !@case.SafetyValve
            || @case.StatutoryMinimumMonths is not >= SafetyValveFloor.FromStatutoryMinimumMonths)
        {
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Zero-point offender (§4C1.1)", "no criminal history points; no disqualifying criterion recorded", $"offense level from Chapters Two and Three − {rule.Decrease}", $"{ZeroPointCitation} [{amended.Name}]"));
            }

            return @case.OffenseLevelAdjustments is { } adjustments
                ? @case with { OffenseLevelAdjustments = adjustments - rule.Decrease }
                : @case with { TotalOffenseLevel = @case.TotalOffenseLevel - rule.Decrease };
        }

        // The level from Chapters Two and Three, with the §5C1.2(b) floor that is part of it (no §4B1.1 level: Chapter Four).
        var chapters = GuidelineCalculator.CalculateFigures(@case, amended);
        var level = Math.Max(SentencingTable.LowestLevel, chapters.LevelBeforeCareerOffender - rule.Decrease);
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Zero-point offender (§4C1.1) after the §5C1.2(b) floor",
                $"offense level from Chapters Two and Three {chapters.LevelBeforeCareerOffender} (§5C1.2(b): \"the offense level applicable from Chapters Two and Three shall be not less than level {floor.Level}\"); no criminal history points; no disqualifying criterion recorded",
                level.ToString(CultureInfo.InvariantCulture),
                $"{ZeroPointCitation}; {floor.Citation} [{amended.Name}]"));
        }

        return @case with
        {
            OffenseLevelAdjustments = chapters.BaseOffenseLevel is { } b && @case.OffenseLevelAdjustments is not null ? level - b : null,
            TotalOffenseLevel = level,
            StatutoryMinimumMonths = null,
        };
    }
}
