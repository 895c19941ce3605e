using System.Globalization;
using System.Runtime.CompilerServices;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Retroact.Law.Tracing;

namespace Retroact.Law.Calculation;

/// <summary>
/// The guideline calculation of a case under one Manual edition, in the Manual's order (§1B1.1(a)): base offense level,
/// total offense level, criminal history category, career offender, Sentencing Table range and zone, §5G1.1 restriction.
/// One generic code path: <see cref="Calculate{TTrace}(Case, ManualEdition, TTrace)"/> with <see cref="NoTrace"/> is the allocation-free batch path,
/// with <see cref="ListTrace"/> the explained path. Errors are <see cref="CaseCalculationException"/>.
/// </summary>
public static class GuidelineCalculator
{
    private const string DrugGuideline = "2D1.1";
    private const string ClampCitation = "USSG Ch. 5, Pt. A, comment. (n.2): a total offense level less than 1 is treated as 1, more than 43 as 43";
    private const string RestrictionCitation = "USSG §5G1.1(a)-(c)";

    /// <summary>The edition a case is calculated under: its <c>manual</c> if given, else the one in force on <c>sentencedOn</c>.</summary>
    public static ManualEdition EditionFor(Case @case, LawLibrary law)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(law);
        var field = @case.Manual is null ? "sentencedOn" : "manual";
        var date = @case.Manual ?? @case.SentencedOn;
        return law.TryEditionInForce(date, out var edition)
            ? edition
            : throw new CaseCalculationException(new CaseError(@case.Id, field, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"a date on or after {law.Editions[0].EffectiveFrom:yyyy-MM-dd}, the first encoded edition"));
    }

    /// <summary>The explained calculation of <paramref name="case"/> under <paramref name="edition"/>.</summary>
    public static GuidelineResult Calculate(Case @case, ManualEdition edition)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var trace = new ListTrace();
        var figures = Calculate(@case, edition, trace);
        return new GuidelineResult(@case.Id, figures, trace.Steps);
    }

    /// <summary>The figures only, for batches: records nothing and allocates nothing for a valid case.</summary>
    public static GuidelineFigures CalculateFigures(Case @case, ManualEdition edition) => Calculate(@case, edition, default(NoTrace));

    /// <summary>The calculation, writing each step to <paramref name="trace"/>.</summary>
    public static GuidelineFigures Calculate<TTrace>(Case @case, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        var aggregate = default(DrugAggregate);
        return Calculate(@case, edition, trace, ref aggregate);
    }

    /// <summary>The calculation; a §2D1.1 case's combined drugs are recorded in <paramref name="aggregate"/> (see <see cref="DrugQuantityCalculator.Level{TTrace}(string, System.Collections.Immutable.ImmutableArray{DrugAmount}, ManualEdition, TTrace, ref DrugAggregate)"/>).</summary>
    internal static GuidelineFigures Calculate<TTrace>(Case @case, ManualEdition edition, TTrace trace, ref DrugAggregate aggregate)
        where TTrace : struct, ITrace
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(edition);
        var mismatches = FindingMismatch.None;

        var baseLevel = BaseLevel(@case, edition, trace, ref mismatches, ref aggregate);
        return FromBaseLevel(@case, edition, baseLevel, mismatches, trace);
    }

    /// <summary>
    /// The figures of <paramref name="case"/> under <paramref name="edition"/>, given <paramref name="known"/>, its figures under
    /// another edition (the caller's promise: the same case). When the two editions share every part a calculation reads after
    /// the base offense level (the Sentencing Table, zones, §5C1.2(b) floor, criminal history and career-offender rules, as
    /// <see cref="ManualEdition.With(ManualOverlay)"/> shares what an overlay leaves alone), only the base offense level is
    /// calculated again, and if it is unchanged <paramref name="known"/> is returned under <paramref name="edition"/>: every
    /// later step reads only the case, the base level and those shared parts, so its result would be the same. Otherwise the
    /// whole calculation (<see cref="CalculateFigures(Case, ManualEdition)"/>). Records nothing.
    /// </summary>
    public static GuidelineFigures CalculateFigures(Case @case, ManualEdition edition, in GuidelineFigures known)
    {
        var aggregate = default(DrugAggregate);
        return CalculateFigures(@case, edition, in known, aggregate);
    }

    /// <summary>
    /// As <see cref="CalculateFigures(Case, ManualEdition, in GuidelineFigures)"/>, with <paramref name="aggregate"/>, the
    /// case's drugs as combined by the calculation that gave <paramref name="known"/>: where it applies to
    /// <paramref name="edition"/>, the Drug Quantity Table level is a look-up of it.
    /// </summary>
    internal static GuidelineFigures CalculateFigures(Case @case, ManualEdition edition, in GuidelineFigures known, DrugAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(edition);
        var from = known.Edition;
        if (from is null || !ReferenceEquals(from.SentencingTable, edition.SentencingTable) || !ReferenceEquals(from.Zones, edition.Zones)
            || !ReferenceEquals(from.SafetyValveFloor, edition.SafetyValveFloor) || !ReferenceEquals(from.CriminalHistory, edition.CriminalHistory)
            || !ReferenceEquals(from.CareerOffender, edition.CareerOffender))
        {
            return Calculate(@case, edition, default(NoTrace), ref aggregate);
        }

        var mismatches = FindingMismatch.None;
        var baseLevel = BaseLevel(@case, edition, default(NoTrace), ref mismatches, ref aggregate);
        return baseLevel == known.BaseOffenseLevel
            ? known with { Edition = edition }
            : FromBaseLevel(@case, edition, baseLevel, mismatches | (known.Mismatches & FindingMismatch.CriminalHistoryCategory), default(NoTrace), known.CategoryBeforeCareerOffender);
    }

    /// <summary>
    /// Everything after the base offense level: total level, §5C1.2(b) level floor, category, §4B1.1, range, zone, §5G1.1.
    /// <paramref name="knownCategory"/>: the category before §4B1.1 from a calculation of the same case under the same
    /// criminal history rules (its mismatch already in <paramref name="mismatches"/>), not determined again.
    /// </summary>
    [SkipLocalsInit] // struct temporaries, every one assigned before use: not zeroed on every call
    private static GuidelineFigures FromBaseLevel<TTrace>(Case @case, ManualEdition edition, int? baseLevel, FindingMismatch mismatches, TTrace trace, CriminalHistoryCategory? knownCategory = null)
        where TTrace : struct, ITrace
    {
        var total = TotalLevel(@case, baseLevel, trace, ref mismatches);
        total = SafetyValveLevelFloor(@case, edition, total, trace);
        var category = knownCategory ?? Category(@case, edition, trace, ref mismatches);
        var levelBeforeCareerOffender = total;
        var categoryBeforeCareerOffender = category;

        var careerOffender = false;
        if (@case.CareerOffender is { } finding)
        {
            careerOffender = true;
            var level = Math.Max(total, finding.OffenseLevel);
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep(
                    "Career offender (§4B1.1(b))",
                    $"offense level otherwise {total}; career-offender level {finding.OffenseLevel}; category {category}",
                    $"level {level}, category VI",
                    $"USSG §4B1.1(b): the table level applies if greater; {edition.CareerOffender.CategoryCitation} [{edition.Name}]"));
            }

            total = level;
            category = CriminalHistoryCategory.VI;
        }

        if (@case.TotalOffenseLevel is { } givenTotal && givenTotal != total && (@case.Drugs.Length > 0 || @case.BaseOffenseLevel is not null))
        {
            mismatches |= FindingMismatch.TotalOffenseLevel;
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Check: total offense level as found", $"found {givenTotal}", $"differs from {total}", "case file (totalOffenseLevel)"));
            }
        }

        // What Range(edition, total, category) looks up, without its citations unless the trace records them.
        var tableRange = edition.SentencingTable.Range(total, category);
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep("Guideline range", $"level {total}, category {category}", $"{tableRange} months", $"{edition.SentencingTable.Citation(total)} [{edition.Name}]"));
        }

        var range = SafetyValveRangeFloor(@case, edition, tableRange, trace);
        var zone = edition.Zones.ZoneFor(range.Minimum);
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep("Zone", $"range minimum {range.Minimum}", $"Zone {zone}", $"{edition.Zones.BandFor(range.Minimum).Citation} [{edition.Name}]"));
        }

        var restricted = Restrict(@case, range, trace);
        return new GuidelineFigures(edition, baseLevel, total, category, careerOffender, range, restricted, zone, mismatches)
        {
            LevelBeforeCareerOffender = levelBeforeCareerOffender,
            CategoryBeforeCareerOffender = categoryBeforeCareerOffender,
        };
    }

    /// <summary>The Sentencing Table range and zone for <paramref name="level"/> (1–43) and <paramref name="category"/>.</summary>
    public static RangeLookup Range(ManualEdition edition, int level, CriminalHistoryCategory category)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var range = edition.SentencingTable.Range(level, category);
        var band = edition.Zones.BandFor(range.Minimum);
        return new RangeLookup(range, band.Zone, edition.SentencingTable.Citation(level), band.Citation);
    }

    private static int? BaseLevel<TTrace>(Case @case, ManualEdition edition, TTrace trace, ref FindingMismatch mismatches, ref DrugAggregate aggregate)
        where TTrace : struct, ITrace
    {
        var guideline = @case.Guideline ?? (@case.Drugs.Length > 0 ? DrugGuideline : null);
        if (@case.Drugs.Length > 0 && guideline is not null && edition.TryGetDrugGuideline(guideline, out var derived))
        {
            var derivedLevel = DrugDerivedLevel(@case, derived, edition, trace);
            if (@case.BaseOffenseLevel is { } foundDerived && foundDerived != derivedLevel)
            {
                mismatches |= FindingMismatch.BaseOffenseLevel;
                if (trace.IsEnabled)
                {
                    trace.Add(new TraceStep("Check: base offense level as found", $"found {foundDerived}", $"differs from {derivedLevel}", "case file (baseOffenseLevel)"));
                }
            }

            return derivedLevel;
        }

        if (@case.Drugs.Length == 0 || guideline != DrugGuideline)
        {
            if (@case.BaseOffenseLevel is { } given && trace.IsEnabled)
            {
                trace.Add(new TraceStep("Base offense level", $"as found at sentencing under §{guideline ?? "(guideline not given)"}", given.ToString(CultureInfo.InvariantCulture), "case file (baseOffenseLevel)"));
            }

            return @case.BaseOffenseLevel;
        }

        var level = DrugQuantityCalculator.Level(@case.Id, @case.Drugs, edition, trace, ref aggregate);
        if (@case.MitigatingRole is { } role)
        {
            if (edition.MitigatingRoleCap is { } cap)
            {
                var capped = cap.Apply(level, role == MitigatingRole.Minimal);
                if (trace.IsEnabled)
                {
                    trace.Add(new TraceStep(
                        $"Mitigating-role cap (§2D1.1{cap.ParagraphOn(edition.EffectiveFrom)})",
                        $"level {level}, {role.ToString().ToLowerInvariant()} participant",
                        capped.ToString(CultureInfo.InvariantCulture),
                        $"{cap.Citation} [{edition.Name}]"));
                }

                level = capped;
            }
            else if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Mitigating-role cap (§2D1.1(a))", $"{role.ToString().ToLowerInvariant()} participant", "none in this edition", $"USSG §2D1.1(a) [{edition.Name}]"));
            }
        }

        if (@case.BaseOffenseLevel is { } found && found != level)
        {
            mismatches |= FindingMismatch.BaseOffenseLevel;
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Check: base offense level as found", $"found {found}", $"differs from {level}", "case file (baseOffenseLevel)"));
            }
        }

        return level;
    }

    /// <summary>
    /// A guideline that takes its level from the §2D1.1 Drug Quantity Table (§2D1.2, §2D1.5): the greatest alternative
    /// that applies. The §2D1.1 level used is the Drug Quantity Table level (§2D1.1(c)), without the §2D1.1(a)(5) cap.
    /// </summary>
    private static int DrugDerivedLevel<TTrace>(Case @case, DrugDerivedGuideline rule, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        var greatest = 0;
        for (var i = 0; i < rule.Alternatives.Count; i++)
        {
            var alternative = rule.Alternatives[i];
            int level;
            string inputs;
            if (alternative.Add is { } add)
            {
                var drugs = alternative.Quantity == DrugQuantityBasis.ProtectedLocation ? @case.ProtectedLocationDrugs : @case.Drugs;
                if (drugs.IsDefaultOrEmpty)
                {
                    throw new CaseCalculationException(new CaseError(
                        @case.Id,
                        "protectedLocationDrugs",
                        "(missing)",
                        $"the drugs directly involving a protected location or an underage or pregnant individual (§{rule.Guideline}{alternative.Paragraph})"));
                }

                var tableLevel = DrugQuantityCalculator.Level(@case.Id, drugs, edition, trace);
                level = checked(add + tableLevel);
                inputs = $"{add} plus the §2D1.1 level {tableLevel} ({(alternative.Quantity == DrugQuantityBasis.ProtectedLocation ? "quantity directly involving the protected location or individual" : "total quantity")})";
            }
            else if (alternative.Condition == DrugDerivedCondition.Always || @case.UnderageIndividual)
            {
                level = alternative.Level!.Value;
                inputs = alternative.Condition == DrugDerivedCondition.Always ? "fixed level" : "the offense involved a person less than eighteen years of age";
            }
            else
            {
                continue;
            }

            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep($"§{rule.Guideline}{alternative.Paragraph}", inputs, level.ToString(CultureInfo.InvariantCulture), $"{alternative.Citation} [{edition.Name}]"));
            }

            greatest = Math.Max(greatest, level);
        }

        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep($"Base offense level (§{rule.Guideline}(a))", "the greatest alternative", greatest.ToString(CultureInfo.InvariantCulture), $"{rule.Citation} [{edition.Name}]"));
        }

        return greatest;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small once the trace is off; called on every calculation
    private static int TotalLevel<TTrace>(Case @case, int? baseLevel, TTrace trace, ref FindingMismatch mismatches)
        where TTrace : struct, ITrace
    {
        if (baseLevel is { } b && @case.OffenseLevelAdjustments is { } adjustments)
        {
            var raw = checked(b + adjustments);
            var total = Math.Clamp(raw, SentencingTable.LowestLevel, SentencingTable.HighestLevel);
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep(
                    "Total offense level",
                    $"base {b} {(adjustments < 0 ? "-" : "+")} {Math.Abs(adjustments)} net adjustments (Chapters Two and Three)",
                    total.ToString(CultureInfo.InvariantCulture),
                    raw == total ? "USSG §1B1.1(a)(2)-(5)" : ClampCitation));
            }

            return total;
        }

        if (@case.TotalOffenseLevel is { } given)
        {
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Total offense level", "as found at sentencing (the ingredients are not all in the record)", given.ToString(CultureInfo.InvariantCulture), "case file (totalOffenseLevel)"));
            }

            return given;
        }

        throw new CaseCalculationException(baseLevel is null
            ? new CaseError(@case.Id, "drugs / baseOffenseLevel / totalOffenseLevel", "(missing)", "drugs (with guideline 2D1.1), a baseOffenseLevel with offenseLevelAdjustments, or a totalOffenseLevel")
            : new CaseError(@case.Id, "offenseLevelAdjustments", "(missing)", "a whole number (net of all adjustments, 0 for none), or a totalOffenseLevel"));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small once the trace is off; called on every calculation
    private static int SafetyValveLevelFloor<TTrace>(Case @case, ManualEdition edition, int total, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (!@case.SafetyValve || @case.StatutoryMinimumMonths is not >= SafetyValveFloor.FromStatutoryMinimumMonths)
        {
            return total;
        }

        switch (edition.SafetyValveFloor)
        {
            case OffenseLevelFloor floor when total < floor.Level:
                if (trace.IsEnabled)
                {
                    trace.Add(new TraceStep("Safety-valve floor (§5C1.2(b))", $"level {total}; statutory minimum {@case.StatutoryMinimumMonths} months", floor.Level.ToString(CultureInfo.InvariantCulture), $"{floor.Citation} [{edition.Name}]"));
                }

                return floor.Level;
            case NoSafetyValveFloor none when total < SafetyValveFloor.HighestKnownFloorLevel:
                if (trace.IsEnabled)
                {
                    trace.Add(new TraceStep("Safety-valve floor (§5C1.2(b))", $"level {total}; statutory minimum {@case.StatutoryMinimumMonths} months", "none in this edition", $"{none.Citation} [{edition.Name}]"));
                }

                return total;
            case FloorNotEncoded missing when total < SafetyValveFloor.HighestKnownFloorLevel:
                throw new CaseCalculationException(new CaseError(
                    @case.Id,
                    "safetyValve",
                    $"true with statutoryMinimumMonths {@case.StatutoryMinimumMonths} at level {total}",
                    $"a case the §5C1.2(b) floor cannot affect under the {edition.Name}: {missing.Citation}"));
            default:
                return total;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small once the trace is off; called on every calculation
    private static SentenceRange SafetyValveRangeFloor<TTrace>(Case @case, ManualEdition edition, SentenceRange range, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (!@case.SafetyValve || @case.StatutoryMinimumMonths is not >= SafetyValveFloor.FromStatutoryMinimumMonths
            || edition.SafetyValveFloor is not RangeFloor floor)
        {
            return range;
        }

        var floored = new SentenceRange(
            Months.Max(range.Minimum, Months.Of(floor.MinimumMonths)),
            Months.Max(range.Maximum, Months.Of(floor.MaximumMonths)));
        if (trace.IsEnabled && floored != range)
        {
            trace.Add(new TraceStep("Safety-valve floor (§5C1.2(b))", $"range {range}", $"{floored} months", $"{floor.Citation} [{edition.Name}]"));
        }

        return floored;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small once the trace is off; called on every calculation
    private static CriminalHistoryCategory Category<TTrace>(Case @case, ManualEdition edition, TTrace trace, ref FindingMismatch mismatches)
        where TTrace : struct, ITrace
    {
        // The category the points give (a one-byte read); the band, for its citation, only when the trace records it.
        CriminalHistoryCategory? fromPoints = @case.CriminalHistoryPoints is { } points ? edition.CriminalHistory.CategoryFor(points) : null;
        if (@case.CriminalHistoryCategory is { } given)
        {
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Criminal history category", "as found at sentencing", given.ToString(), "case file (criminalHistoryCategory)"));
            }

            if (fromPoints is { } counted && counted != given)
            {
                mismatches |= FindingMismatch.CriminalHistoryCategory;
                if (trace.IsEnabled)
                {
                    trace.Add(new TraceStep("Check: category from points", $"{@case.CriminalHistoryPoints} points", $"{counted}, differs from {given}", $"{edition.CriminalHistory.BandFor(@case.CriminalHistoryPoints!.Value).Citation} [{edition.Name}]"));
                }
            }

            return given;
        }

        if (fromPoints is { } category)
        {
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep("Criminal history category", $"{@case.CriminalHistoryPoints} criminal history points", category.ToString(), $"{edition.CriminalHistory.BandFor(@case.CriminalHistoryPoints!.Value).Citation} [{edition.Name}]"));
            }

            return category;
        }

        if (@case.CareerOffender is not null)
        {
            return CriminalHistoryCategory.VI;
        }

        throw new CaseCalculationException(new CaseError(@case.Id, "criminalHistoryCategory / criminalHistoryPoints", "(missing)", "a category I-VI or a number of points"));
    }

    /// <summary>
    /// §5G1.1: "(a) Where the statutorily authorized maximum sentence is less than the minimum of the applicable guideline range,
    /// the statutorily authorized maximum sentence shall be the guideline sentence. (b) Where a statutorily required minimum
    /// sentence is greater than the maximum of the applicable guideline range, the statutorily required minimum sentence shall be
    /// the guideline sentence. (c) ... the sentence may be imposed at any point within the applicable guideline range, provided
    /// that the sentence (1) is not greater than the statutorily authorized maximum sentence, and (2) is not less than any
    /// statutorily required minimum sentence." The minimum does not bind when the safety valve applied (18 U.S.C. §3553(f)).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small once the trace is off; called on every calculation
    private static SentenceRange Restrict<TTrace>(Case @case, SentenceRange range, TTrace trace)
        where TTrace : struct, ITrace
    {
        var restricted = range;
        if (@case.StatutoryMaximumMonths is { } maxMonths)
        {
            var max = Months.Of(maxMonths);
            restricted = max < restricted.Minimum
                ? new SentenceRange(max, max)
                : new SentenceRange(restricted.Minimum, Months.Min(restricted.Maximum, max));
        }

        if (@case.StatutoryMinimumMonths is { } minMonths && minMonths > 0)
        {
            if (@case.SafetyValve)
            {
                if (trace.IsEnabled)
                {
                    trace.Add(new TraceStep("Statutory minimum", $"{minMonths} months; safety valve applied", "does not restrict the range", "18 U.S.C. §3553(f); USSG §5C1.2(a)"));
                }
            }
            else
            {
                var min = Months.Of(minMonths);
                restricted = min > restricted.Maximum
                    ? new SentenceRange(min, min)
                    : new SentenceRange(Months.Max(restricted.Minimum, min), restricted.Maximum);
            }
        }

        if (trace.IsEnabled && restricted != range)
        {
            trace.Add(new TraceStep(
                "Range restricted by statute",
                $"range {range}; statutory minimum {(@case.StatutoryMinimumMonths is { } a ? $"{a} months" : "none")}; maximum {(@case.StatutoryMaximumMonths is { } b ? $"{b} months" : "life")}",
                $"{restricted} months",
                RestrictionCitation));
        }

        return restricted;
    }
}
