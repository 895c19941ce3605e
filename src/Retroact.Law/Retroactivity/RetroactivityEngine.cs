using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Law.Tracing;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// Decides a motion under 18 U.S.C. §3582(c)(2) by the current USSG §1B1.10 (as amended through Amendments 759, 780,
/// 788 and 825), in its order: the order's effective date; the original applicable range; the amended range with every
/// amendment listed in §1B1.10(d) as of that date substituted (§1B1.10(b)(1), without §5G1.1 under §1B1.10(c));
/// eligibility (§1B1.10(a)); the modelled reduced term (§1B1.10(b)(2)). One code path for both speeds:
/// <see cref="Decide(Case, Amendment, LocalDate?, LocalDate?)"/> explains, the span overload records nothing and allocates nothing
/// per case (amended editions are composed once per sentencing edition, order date and amendment, and shared).
/// </summary>
public sealed class RetroactivityEngine
{
    private static readonly Lazy<RetroactivityEngine> Embedded = new(() => new RetroactivityEngine(AmendmentCatalog.Default), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<(ManualEdition Edition, LocalDate Order, Amendment Amendment), Composition> _compositions = new();
    private volatile RecentCompositions? _recent;

    /// <summary>An engine over <paramref name="catalog"/> and its law.</summary>
    public RetroactivityEngine(AmendmentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
    }

    /// <summary>The engine over the embedded law (<see cref="AmendmentCatalog.Default"/>).</summary>
    public static RetroactivityEngine Default => Embedded.Value;

    /// <summary>The amendments and the law.</summary>
    public AmendmentCatalog Catalog { get; }

    /// <summary>
    /// The order's effective date: the later of <paramref name="requested"/> and the amendment's earliest order date
    /// (its §1B1.10(e) special instruction, or its listing date); that date itself when nothing was requested.
    /// </summary>
    public static LocalDate OrderEffectiveDate(Amendment amendment, LocalDate? requested)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        var earliest = amendment.Retroactivity.OrdersEffectiveFrom;
        return requested is { } date && date > earliest ? date : earliest;
    }

    /// <summary>
    /// The explained decision for one case. <paramref name="projectedReleaseDate"/>, when the caller has it, is the Bureau of
    /// Prisons' projected (or actual) release date for the term as it stands without the order (the custody component's
    /// <c>ReleasePlan.ProjectedReleaseDate</c>, computed as of the order's effective date); on or before that date the
    /// motion is moot (<see cref="EligibilityReason.NoReductionAvailable"/>, limited by time served).
    /// </summary>
    /// <exception cref="CaseCalculationException">The case cannot be calculated (the error names the case, field, value and what is needed).</exception>
    public Decision Decide(Case @case, Amendment amendment, LocalDate? orderDate, LocalDate? projectedReleaseDate = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var trace = new ListTrace();
        Decide(@case, amendment, orderDate, trace, out var figures, projectedReleaseDate);
        var substituted = figures.Amended is null
            ? []
            : Compose(figures.Original.Edition, figures.OrderEffectiveDate, amendment).Substituted;
        return new Decision(@case.Id, amendment.Id, figures, @case.ConsecutiveMonths, substituted, trace.Steps);
    }

    /// <summary>The figures for each case of <paramref name="cases"/> into <paramref name="results"/> (same length); records nothing.</summary>
    /// <exception cref="CaseCalculationException">A case cannot be calculated; earlier results are already written, the bad case's slot is default.</exception>
    public void Decide(ReadOnlySpan<Case> cases, Amendment amendment, LocalDate? orderDate, Span<DecisionFigures> results)
    {
        if (results.Length != cases.Length)
        {
            throw new ArgumentException($"results has {results.Length} slots for {cases.Length} cases", nameof(results));
        }

        var i = 0;
        try
        {
            for (; i < cases.Length; i++)
            {
                Prefetch(cases, i + PrefetchAhead);
                Decide(cases[i], amendment, orderDate, default(NoTrace), out results[i]);
            }
        }
        catch
        {
            // The failing case's slot may be written up to the failure (decisions are written in place): it holds no decision.
            results[i] = default;
            throw;
        }
    }

    /// <summary>How many cases ahead of the one being decided the batch loops ask the processor to fetch.</summary>
    private const int PrefetchAhead = 4;

    /// <summary>
    /// Asks the processor to bring case <paramref name="index"/>'s object (its first four cache lines, which hold the case's
    /// own fields; its drugs and custody facts are objects of their own) into cache while earlier cases are decided, so a
    /// batch of cases that are no longer in cache does not wait for memory on each one. A hint only: the address is read,
    /// never dereferenced (a null case is the address 0, harmless), and a stale one (the GC moved the object) costs nothing
    /// but the hint. Does nothing past the end or where the processor has no prefetch instruction (not x86).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ReadOnlySpan<Case> cases, int index)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported && (uint)index < (uint)cases.Length)
        {
            // unchecked: the project checks arithmetic, and an address is not a number that can overflow meaningfully.
            var address = unchecked((byte*)Unsafe.As<Case, nuint>(ref Unsafe.AsRef(in cases[index])));
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(address);
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(unchecked(address + 64));
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(unchecked(address + 128));
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(unchecked(address + 192));
        }
    }

    /// <summary>
    /// The figures for each case into <paramref name="results"/>, never stopping at a bad case: a case that cannot be
    /// calculated gets its error in <paramref name="errors"/> (and a default result); a decided case gets <c>null</c> there.
    /// Returns how many cases were decided. Any other exception stops the batch, the failing case's slot default.
    /// </summary>
    public int Decide(ReadOnlySpan<Case> cases, Amendment amendment, LocalDate? orderDate, Span<DecisionFigures> results, Span<CaseError?> errors)
    {
        if (results.Length != cases.Length || errors.Length != cases.Length)
        {
            throw new ArgumentException($"results has {results.Length} and errors {errors.Length} slots for {cases.Length} cases", nameof(results));
        }

        var decided = 0;
        for (var i = 0; i < cases.Length; i++)
        {
            Prefetch(cases, i + PrefetchAhead);
            try
            {
                Decide(cases[i], amendment, orderDate, default(NoTrace), out results[i]);
                errors[i] = null;
                decided++;
            }
            catch (CaseCalculationException e)
            {
                results[i] = default; // written in place up to the failure: it holds no decision
                errors[i] = e.Error;
            }
            catch
            {
                results[i] = default; // any other failure stops the batch; the slot holds no decision either
                throw;
            }
        }

        return decided;
    }

    /// <summary>
    /// The decision into <paramref name="figures"/>, written where it lives (see <see cref="DecisionFigures"/>), each step
    /// to <paramref name="trace"/>. <paramref name="projectedReleaseDate"/>: the projected (or actual) release date for the
    /// term as it stands, when known (see <see cref="Decide(Case, Amendment, LocalDate?, LocalDate?)"/>).
    /// </summary>
    /// <exception cref="CaseCalculationException">The case cannot be calculated; <paramref name="figures"/> then holds no decision (it may be partly written; the span overloads make the slot default).</exception>
    [SkipLocalsInit] // its frame is ≈ 1 KB of struct temporaries, every one assigned before use: not zeroed on every call
    public void Decide<TTrace>(Case @case, Amendment amendment, LocalDate? orderDate, TTrace trace, out DecisionFigures figures, LocalDate? projectedReleaseDate = null)
        where TTrace : struct, ITrace
    {
        // Every decision starts from default figures: the fields a path leaves alone (the amended summary of a decision
        // without one) are then those of a fresh slot, which the figures' equality relies on.
        figures = default;
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(amendment);
        var term = @case.Life ? MonthArithmetic.Life
            : @case.TermMonths ?? throw new CaseCalculationException(new CaseError(@case.Id, "termMonths", "(missing)", "the term in months for the counts the guidelines govern, or life: true"));
        var order = OrderEffectiveDate(amendment, orderDate);
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Order's effective date",
                $"asked {(orderDate is { } asked ? asked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "(none)")}; amendment {amendment.Id}: orders from {amendment.Retroactivity.OrdersEffectiveFrom:yyyy-MM-dd}",
                order.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                amendment.Retroactivity.Instruction));
        }

        var edition = GuidelineCalculator.EditionFor(@case, Catalog.Law);
        if (trace.IsEnabled)
        {
            Step(trace, "Original calculation", "the Manual used at sentencing; the range before any departure or variance", edition.Name, "USSG §1B1.10 comment. (n.1(A)); §1B1.11");
        }

        var drugs = default(DrugAggregate);
        var originalCalculation = GuidelineCalculator.Calculate(@case, edition, trace, ref drugs);
        figures.Start(order, term, in originalCalculation);
        ref readonly var original = ref figures.OriginalSummary;
        if (trace.IsEnabled)
        {
            Step(trace, "Original applicable range", $"level {original.TotalOffenseLevel}, category {original.CriminalHistoryCategory}", $"{original.Range}", "USSG §1B1.10 comment. (n.1(A)); §5G1.1");
        }

        if (!AmendmentApplicability.Applies(@case, amendment, edition, out var missing) && missing is null)
        {
            Ineligible(ref figures, EligibilityReason.NotApplicable, trace, trace.IsEnabled ? $"amendment {amendment.Id} ({amendment.File.Title}) says nothing about this case" : "");
            return;
        }

        var composition = Compose(edition, order, amendment);
        var amendedCase = RuleChanges.Apply(@case, edition, composition.Edition, trace);
        if (missing is not null && !WithoutMissingFact(@case, missing, amendment, composition, trace, ref amendedCase))
        {
            Ineligible(ref figures, EligibilityReason.InsufficientData, trace, trace.IsEnabled ? MissingWhy(missing, amendment) : "");
            return;
        }

        var unrestricted = @case.StatutoryMinimumMonths is > 0 && !@case.SafetyValve
            && @case.SubstantialAssistance is SubstantialAssistance.Section3553e or SubstantialAssistance.Rule35b;
        if (trace.IsEnabled)
        {
            Step(trace, "Amended calculation", $"every amendment listed in §1B1.10(d) by {order:yyyy-MM-dd} substituted ({(composition.Substituted.IsEmpty ? "none" : string.Join(", ", composition.Substituted))}); all other decisions unaffected", composition.Edition.Name, "USSG §1B1.10(b)(1), (d)");
        }

        AmendedCalculation(@case, amendedCase, edition, composition.Edition, in originalCalculation, in drugs, trace, unrestricted, ref figures);
        ref readonly var amended = ref figures.AmendedSummary;
        if (unrestricted && trace.IsEnabled)
        {
            Step(trace, "No statutory-minimum restriction of the amended range", $"statutory minimum {@case.StatutoryMinimumMonths} months; {@case.SubstantialAssistance} motion: the court could go below it; the statutory maximum ({(@case.StatutoryMaximumMonths is { } max ? $"{max} months" : "life")}) still caps the range, a deliberate convention: §1B1.10(c) speaks only of the minimum, and no term above the maximum is lawful", $"{amended.Range}", "USSG §1B1.10(c)");
        }

        if (trace.IsEnabled)
        {
            Step(trace, "Amended guideline range", $"level {amended.TotalOffenseLevel}, category {amended.CriminalHistoryCategory}", $"{amended.Range}", "USSG §1B1.10(b)(1)");
        }

        var bindingMinimum = @case.SafetyValve ? null : @case.StatutoryMinimumMonths;
        var bar = composition.AlreadyApplied ? EligibilityReason.AlreadyApplied
            : !amendment.Covered ? EligibilityReason.NotCovered
            : EligibilityTest.RangeBar(in original, in amended, bindingMinimum);
        if (bar is { } barred)
        {
            Ineligible(ref figures, barred, trace, trace.IsEnabled ? BarredWhy(barred, edition, amendment, in original, in amended) : "");
            return;
        }

        if (projectedReleaseDate is { } released && released <= order)
        {
            Moot(ref figures, released, trace);
            return;
        }

        // The facts as the argument itself: built where the calculator reads them, not in a temporary copied into a variable.
        var reduced = ReducedTermCalculator.Compute(
            new ReductionFacts
            {
                Original = original.Range,
                Amended = amended.Range,
                TermMonths = term,
                SubstantialAssistance = @case.SubstantialAssistance,
                StatutoryMinimumMonths = @case.StatutoryMinimumMonths,
                SafetyValve = @case.SafetyValve,
                MonthsServed = @case.Custody is { } custody ? TimeServed.MonthsServed(custody, order) : null,
                ConsecutiveMonths = @case.ConsecutiveMonths,
            },
            trace);
        var reason = EligibilityTest.Finish(term, reduced.Months);
        if (trace.IsEnabled)
        {
            Step(trace, "Eligibility", $"original {original.Range}, amended {amended.Range}; term {MonthArithmetic.Describe(term)}, lowest term the court may impose {MonthArithmetic.Describe(reduced.Months)}", reason.Code(), reason.Citation());
        }

        figures.Finish(reason, reason == EligibilityReason.Eligible ? reduced.Months : null, reduced.LimitedBy, reduced.TimeServedChecked);
    }

    /// <summary>
    /// A fact the applicability test needed is missing from the record: false when it decides the motion (the amendment is
    /// not already in the edition and the part relied on is listed), unless the law fixes the amended level without it (a
    /// §2D1.1 record without quantities under an amendment that lowers every line at its level by the same amount, then
    /// <paramref name="amendedCase"/> gets that level); true when the decision can go on.
    /// </summary>
    private static bool WithoutMissingFact<TTrace>(Case @case, string missing, Amendment amendment, Composition composition, TTrace trace, ref Case amendedCase)
        where TTrace : struct, ITrace
    {
        if (composition.AlreadyApplied || !amendment.Covered)
        {
            return true;
        }

        if (missing != AmendmentApplicability.DrugsField || BaseLevelWithoutQuantity.Amended(@case, composition.Substituted.AsSpan()) is not { } derived)
        {
            return false;
        }

        if (trace.IsEnabled)
        {
            Step(trace, "Amended base offense level without a drug quantity", $"base offense level {@case.BaseOffenseLevel} as found; no quantity recorded; amendment 782 lowers every Drug Quantity Table line at this level by 2, whatever the substance", derived.ToString(CultureInfo.InvariantCulture), BaseLevelWithoutQuantity.Citation);
        }

        amendedCase = @case.OffenseLevelAdjustments is null && @case.TotalOffenseLevel is { } found
            ? @case with { BaseOffenseLevel = derived, TotalOffenseLevel = found - (@case.BaseOffenseLevel!.Value - derived) }
            : @case with { BaseOffenseLevel = derived };
        return true;
    }

    /// <summary>
    /// The amended calculation, recorded in <paramref name="figures"/> (with <paramref name="unrestricted"/>, §1B1.10(c), the
    /// range is not raised to the statutory minimum). Batch path, no rule changed the case: it starts from the original one.
    /// Nothing substituted (the edition already has every listed amendment): it is the original one; otherwise the calculator
    /// recalculates only what the substituted parts change, the Drug Quantity Table level from the original's combined drugs
    /// (<paramref name="drugs"/>) where the equivalencies and cocaine-base rule are the same. The explained path shows the
    /// amended calculation step by step. Each calculation is summarised where it was returned, never copied first (see
    /// <see cref="DecisionFigures"/>). Not inlined: its temporaries would enlarge every decision's stack frame.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AmendedCalculation<TTrace>(
        Case @case, Case amendedCase, ManualEdition edition, ManualEdition amendedEdition, in GuidelineFigures original, in DrugAggregate drugs, TTrace trace, bool unrestricted, ref DecisionFigures figures)
        where TTrace : struct, ITrace
    {
        var maximum = unrestricted ? amendedCase.StatutoryMaximumMonths : null;
        if (trace.IsEnabled || !ReferenceEquals(amendedCase, @case))
        {
            var calculated = GuidelineCalculator.Calculate(amendedCase, amendedEdition, trace);
            figures.SetAmended(in calculated, maximum, unrestricted);
        }
        else if (ReferenceEquals(amendedEdition, edition))
        {
            figures.SetAmended(in original, maximum, unrestricted);
        }
        else
        {
            var recalculated = GuidelineCalculator.CalculateFigures(@case, amendedEdition, original, drugs);
            figures.SetAmended(in recalculated, maximum, unrestricted);
        }
    }

    /// <summary>Why an already-applied, not-covered or range bar holds, for the trace.</summary>
    private static string BarredWhy(EligibilityReason bar, ManualEdition edition, Amendment amendment, in GuidelineSummary original, in GuidelineSummary amended) => bar switch
    {
        EligibilityReason.AlreadyApplied => $"{edition.Name} already includes amendment {amendment.Number}",
        EligibilityReason.NotCovered => $"part(s) {string.Join(", ", amendment.ReliedOn.Where(p => !p.Listed).Select(p => p.Id))} of amendment {amendment.Number} not listed",
        _ => $"original {original.Range}, amended {amended.Range}",
    };

    /// <summary>Released on or before the order's effective date: the whole term has been served, nothing is left to reduce.</summary>
    private static void Moot<TTrace>(ref DecisionFigures figures, LocalDate released, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (trace.IsEnabled)
        {
            var order = figures.OrderEffectiveDate;
            Step(trace, "Released before the order", $"projected release for the term as it stands {released:yyyy-MM-dd}, on or before the order's effective date {order:yyyy-MM-dd}: the whole term has been served, and a reduced term may not be less than the term already served", "moot", "18 U.S.C. §3624(a); USSG §1B1.10(b)(2)(C)");
            Step(trace, "Eligibility", $"original {figures.OriginalSummary.Range}, amended {figures.AmendedSummary.Range}; released by {released:yyyy-MM-dd}, before the order", EligibilityReason.NoReductionAvailable.Code(), EligibilityReason.NoReductionAvailable.Citation());
        }

        figures.Finish(EligibilityReason.NoReductionAvailable, null, TermFloor.TimeServed, timeServedChecked: true);
    }

    /// <summary>Ends <paramref name="figures"/> with an ineligibility reason: no reduced term, no floor.</summary>
    private static void Ineligible<TTrace>(ref DecisionFigures figures, EligibilityReason reason, TTrace trace, string why)
        where TTrace : struct, ITrace
    {
        if (trace.IsEnabled)
        {
            Step(trace, "Eligibility", why, reason.Code(), reason.Citation());
        }

        figures.Finish(reason, null, TermFloor.None, timeServedChecked: false);
    }

    private static string MissingWhy(string missing, Amendment amendment) => missing switch
    {
        "statusPoints" => $"the record does not give statusPoints (the §4A1.1(d) points within criminalHistoryPoints): whether amendment {amendment.Id} lowers the category cannot be told",
        "zeroPointDisqualifiers" => $"the record does not give zeroPointDisqualifiers (the §4C1.1(a) criteria): whether amendment {amendment.Id}'s 2-level decrease applies cannot be told",
        "criminalHistoryPoints" => $"the record does not give criminalHistoryPoints: whether the defendant is a zero-point offender (§4C1.1(a)(1)) cannot be told",
        _ => $"the record does not give drugs (substances and quantities): the amended Drug Quantity Table level under amendment {amendment.Id} depends on them",
    };

    /// <summary>Records a step; callers test <see cref="ITrace.IsEnabled"/> first so the batch path builds no text.</summary>
    private static void Step<TTrace>(TTrace trace, string step, string inputs, string value, string citation)
        where TTrace : struct, ITrace => trace.Add(new TraceStep(step, inputs, value, citation));

    /// <summary>
    /// The amended edition for a sentencing edition, order date and amendment, built once and shared. The compositions for the
    /// last order date and amendment used are also kept by the sentencing edition's position in the law (a batch mostly
    /// repeats both), so most look-ups are one array read; the dictionary holds them all.
    /// </summary>
    private Composition Compose(ManualEdition edition, LocalDate order, Amendment amendment)
    {
        var editions = Catalog.Law.Editions;
        var slot = edition.Ordinal;
        if (slot < 0 || slot >= editions.Length || !ReferenceEquals(editions[slot], edition))
        {
            return Composed(edition, order, amendment);
        }

        var table = _recent;
        if (table is null || table.Order != order || !ReferenceEquals(table.Amendment, amendment))
        {
            table = new RecentCompositions(order, amendment, new Composition?[editions.Length]);
            _recent = table;
        }

        return table.Slots[slot] ??= Composed(edition, order, amendment);
    }

    private Composition Composed(ManualEdition edition, LocalDate order, Amendment amendment) =>
        _compositions.GetOrAdd((edition, order, amendment), static (key, catalog) => Composition.Build(catalog, key.Edition, key.Order, key.Amendment), Catalog);

    /// <summary>The compositions for one order date and amendment, by sentencing edition position (filled as used).</summary>
    private sealed record RecentCompositions(LocalDate Order, Amendment Amendment, Composition?[] Slots);

    /// <summary>
    /// A sentencing edition with every listed amendment (and the reform relied on) applied, and whether the sentencing
    /// edition already includes the amendment relied on.
    /// </summary>
    private sealed record Composition(ManualEdition Edition, ImmutableArray<int> Substituted, bool AlreadyApplied)
    {
        public static Composition Build(AmendmentCatalog catalog, ManualEdition edition, LocalDate order, Amendment amendment)
        {
            var files = catalog.ListedFor(order, edition).ToList();
            if (amendment.File.IsReform)
            {
                files.Add(amendment.File);
            }

            return new Composition(edition.With(files.Select(f => f.Overlay)), [.. files.Select(f => f.Number)], amendment.File.AppliedIn(edition));
        }
    }
}
