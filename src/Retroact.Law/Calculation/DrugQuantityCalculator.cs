using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Retroact.Law.Tracing;

namespace Retroact.Law.Calculation;

/// <summary>
/// The §2D1.1(c) level for a case's drugs under one edition: one substance from its own lines; several combined by
/// marihuana equivalency (n.10(B)/n.8(B)) with the caps and minimum-level provisos, and the period's cocaine-base rules
/// (Amend. 711 per-level ratios; Amend. 715 two-level reduction). Allocation-free unless the trace records.
/// </summary>
public static class DrugQuantityCalculator
{
    private const string CocaineBase = "cocaine-base";
    private const string Marihuana = "marihuana";
    private static readonly int MarihuanaNumber = SubstanceIds.Of(Marihuana);
    private static readonly int CocaineBaseNumber = SubstanceIds.Of(CocaineBase);

    /// <summary>The Note (B) partner of each numbered mixture or "actual" id, by its number (<see cref="PartnerOf(DrugAmount, out int)"/>).</summary>
    private static readonly (string Name, int Number)?[] PartnersByNumber = NumberPartners();
    private const string NoteB = "USSG §2D1.1(c), Notes to Drug Quantity Table (B): the offense level from the entire weight of the mixture or from the weight of the PCP, amphetamine or methamphetamine (actual), whichever is greater";

    /// <summary>The Drug Quantity Table level for <paramref name="drugs"/> under <paramref name="edition"/>; throws <see cref="ArgumentException"/> when there are none, <see cref="CaseCalculationException"/> when a substance is not encoded for the edition or its quantity is in the wrong measure.</summary>
    public static int Level<TTrace>(string caseId, ImmutableArray<DrugAmount> drugs, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        var aggregate = default(DrugAggregate);
        return Level(caseId, drugs, edition, trace, ref aggregate);
    }

    /// <summary>
    /// The level, as <see cref="Level{TTrace}(string, ImmutableArray{DrugAmount}, ManualEdition, TTrace)"/>. When
    /// <paramref name="aggregate"/> was recorded for the same drugs under an edition it applies to
    /// (<see cref="DrugAggregate.AppliesTo"/>) and the trace is off, only this edition's table is read; otherwise the
    /// whole calculation, and a combination of substances taken without a cocaine-base rule is recorded in it.
    /// </summary>
    internal static int Level<TTrace>(string caseId, ImmutableArray<DrugAmount> drugs, ManualEdition edition, TTrace trace, ref DrugAggregate aggregate)
        where TTrace : struct, ITrace
    {
        ArgumentNullException.ThrowIfNull(edition);
        if (drugs.IsDefaultOrEmpty)
        {
            throw new ArgumentException("At least one drug quantity is needed.", nameof(drugs));
        }

        if (drugs.Length == 1)
        {
            // One amount: its own lines or its equivalency (no other substance, no mixture-or-actual partner to weigh). The
            // lines are looked up once, for the measure check and the level.
            var drug = drugs[0];
            var lines = edition.Substances.Table(drug.SubstanceNumber, drug.Substance);
            CheckMeasure(caseId, 0, drug, MeasureOf(drug, lines, edition));
            return Single(caseId, drug.SubstanceNumber, drug.Substance, drug.Quantity, drug.Millionths, lines, edition, trace);
        }

        return Several(caseId, drugs, edition, trace, ref aggregate);
    }

    /// <summary>
    /// The level for two or more amounts (see <see cref="Level{TTrace}(string, ImmutableArray{DrugAmount}, ManualEdition, TTrace, ref DrugAggregate)"/>).
    /// Not inlined: its temporaries would enlarge the frame, zeroed on every call, of the one-amount path most cases take.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Several<TTrace>(string caseId, ImmutableArray<DrugAmount> drugs, ManualEdition edition, TTrace trace, ref DrugAggregate aggregate)
        where TTrace : struct, ITrace
    {
        for (var i = 0; i < drugs.Length; i++)
        {
            var drug = drugs[i];
            CheckMeasure(caseId, i, drug, MeasureOf(drug, edition.Substances.Table(drug.SubstanceNumber, drug.Substance), edition));
        }

        if (!trace.IsEnabled && aggregate.AppliesTo(edition, drugs))
        {
            return ApplyMinimum(MarihuanaLevel(caseId, "combined substances", aggregate.MarihuanaGrams, edition, trace), aggregate.MinimumLevel, null, edition, trace);
        }

        var distinct = CountDistinct(drugs);
        if (distinct == 1)
        {
            return OneSubstance(caseId, drugs, drugs[0], edition, trace);
        }

        var crack = Total(drugs, CocaineBaseNumber, CocaineBase);
        if (crack > 0 && edition.CrackRule is PerLevelCrackRatios perLevel)
        {
            return WithPerLevelCrack(caseId, drugs, crack, perLevel, edition, trace);
        }

        var combined = Combined(caseId, drugs, null, edition, trace, out var marihuana, out var minimum, out var capped);
        if (crack > 0 && edition.CrackRule is TwoLevelCrackReduction reduction)
        {
            return WithTwoLevelReduction(caseId, drugs, crack, combined, reduction, edition, trace);
        }

        aggregate = new DrugAggregate(edition, marihuana, minimum, capped);
        return combined;
    }

    /// <summary>
    /// The level of one substance; where the case gives both a mixture and its "actual" content, Note (B) to the Drug
    /// Quantity Table: "In the case of a mixture or substance containing PCP, amphetamine or methamphetamine, use the
    /// offense level determined by the entire weight of the mixture or substance, or the offense level determined by the
    /// weight of the PCP (actual), amphetamine (actual), or methamphetamine (actual), whichever is greater."
    /// </summary>
    private static int OneSubstance<TTrace>(string caseId, ImmutableArray<DrugAmount> drugs, DrugAmount first, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        var substance = first.Substance;
        var partner = PartnerOf(first, out var partnerNumber);
        var level = Single(caseId, first.SubstanceNumber, substance, Total(drugs, first.SubstanceNumber, substance), edition, trace);
        if (partner is null || Total(drugs, partnerNumber, partner) == 0m)
        {
            return level;
        }

        var other = Single(caseId, partnerNumber, partner, Total(drugs, partnerNumber, partner), edition, trace);
        var greater = Math.Max(level, other);
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Mixture or actual, whichever is greater",
                $"{substance} level {level}; {partner} level {other}",
                greater.ToString(CultureInfo.InvariantCulture),
                $"{NoteB} [{edition.Name}]"));
        }

        return greater;
    }

    private static int Single<TTrace>(string caseId, int number, string substance, decimal quantity, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace =>
        Single(caseId, number, substance, quantity, -1, edition.Substances.Table(number, substance), edition, trace);

    /// <summary>
    /// The level of one substance, given its Drug Quantity Table lines in <paramref name="edition"/> (<paramref name="lines"/>,
    /// <c>null</c> when it has none) and the quantity in millionths when known (<see cref="DrugQuantityTable.Millionths"/>, else -1).
    /// </summary>
    private static int Single<TTrace>(string caseId, int number, string substance, decimal quantity, long millionths, DrugQuantityTable? lines, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (lines is { } table)
        {
            var tableLevel = table.LevelFor(quantity, millionths);
            if (trace.IsEnabled)
            {
                trace.Add(new TraceStep(
                    "Drug Quantity Table level",
                    $"{substance} {Amount(quantity, table.Measure)}",
                    tableLevel.ToString(CultureInfo.InvariantCulture),
                    $"{table.RowFor(quantity).Citation} [{edition.Name}]"));
            }

            return tableLevel;
        }

        var entry = Equivalency(caseId, number, substance, edition);
        var marihuana = quantity * entry.MarihuanaGrams;
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Marihuana equivalency (no lines of its own)",
                $"{substance} {Amount(quantity, entry.Measure)} x {entry.MarihuanaGrams.ToString(CultureInfo.InvariantCulture)} g",
                Amount(marihuana, QuantityMeasure.Grams) + " of marihuana",
                $"{entry.Citation} [{edition.Name}]"));
        }

        var level = MarihuanaLevel(caseId, substance, marihuana, edition, trace);
        return ApplyMinimum(level, entry.MinimumLevel, entry.Citation, edition, trace);
    }

    private static int Combined<TTrace>(string caseId, ImmutableArray<DrugAmount> drugs, string? except, ManualEdition edition, TTrace trace, out decimal marihuana, out int? minimum, out bool capped)
        where TTrace : struct, ITrace
    {
        (marihuana, minimum, var minimumEntry, capped) = ConvertAll(caseId, drugs, except, edition, trace);
        var level = MarihuanaLevel(caseId, "combined substances", marihuana, edition, trace);
        return ApplyMinimum(level, minimum, minimumEntry?.Citation, edition, trace);
    }

    private static (decimal Marihuana, int? Minimum, EquivalencyEntry? MinimumEntry, bool Capped) ConvertAll<TTrace>(
        string caseId, ImmutableArray<DrugAmount> drugs, string? except, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        var uncapped = 0m;
        var anyCapped = false;
        int? minimum = null;
        EquivalencyEntry? minimumEntry = null;
        for (var i = 0; i < drugs.Length; i++)
        {
            var substance = drugs[i].Substance;
            if (substance == except || SeenBefore(drugs, i))
            {
                continue;
            }

            var partner = PartnerOf(drugs[i], out var partnerNumber);
            if (partner is not null && PartnerSeenBefore(drugs, i, partnerNumber, partner))
            {
                continue;
            }

            var (entry, grams) = Convert(caseId, drugs, drugs[i].SubstanceNumber, substance, edition, trace);
            if (partner is not null && Total(drugs, partnerNumber, partner) > 0m)
            {
                var (partnerEntry, partnerGrams) = Convert(caseId, drugs, partnerNumber, partner, edition, trace);
                if (trace.IsEnabled)
                {
                    trace.Add(new TraceStep(
                        "Mixture or actual, whichever is greater",
                        $"{substance} {Amount(grams, QuantityMeasure.Grams)}; {partner} {Amount(partnerGrams, QuantityMeasure.Grams)} of marihuana",
                        Amount(Math.Max(grams, partnerGrams), QuantityMeasure.Grams) + " of marihuana",
                        $"{NoteB} [{edition.Name}]"));
                }

                if (partnerGrams > grams)
                {
                    (entry, grams) = (partnerEntry, partnerGrams);
                }
            }

            if (edition.Substances.InAnyCap(drugs[i].SubstanceNumber, substance))
            {
                anyCapped = true;
            }
            else
            {
                uncapped += grams;
            }

            if (entry.MinimumLevel is { } m && (minimum is null || m > minimum))
            {
                minimum = m;
                minimumEntry = entry;
            }
        }

        return (anyCapped ? uncapped + Capped(drugs, except, edition, trace) : uncapped, minimum, minimumEntry, anyCapped);
    }

    private static (EquivalencyEntry Entry, decimal Grams) Convert<TTrace>(string caseId, ImmutableArray<DrugAmount> drugs, int number, string substance, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        var entry = Equivalency(caseId, number, substance, edition);
        var quantity = Total(drugs, number, substance);
        var grams = quantity * entry.MarihuanaGrams;
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Marihuana equivalency",
                $"{substance} {Amount(quantity, entry.Measure)} x {entry.MarihuanaGrams.ToString(CultureInfo.InvariantCulture)} g",
                Amount(grams, QuantityMeasure.Grams) + " of marihuana",
                $"{entry.Citation} [{edition.Name}]"));
        }

        return (entry, grams);
    }

    /// <summary>
    /// The capped equivalent of the capped substances. Caps are nested (each covers the previous cap's substances and more)
    /// and applied innermost first, as in n.8(C)(iv)'s example.
    /// </summary>
    private static decimal Capped<TTrace>(ImmutableArray<DrugAmount> drugs, string? except, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        var caps = edition.Equivalency.Caps;
        var running = 0m;
        IReadOnlyList<string>? previous = null;
        for (var c = 0; c < caps.Count; c++)
        {
            var cap = caps[c];
            for (var s = 0; s < cap.Substances.Count; s++)
            {
                var substance = cap.Substances[s];
                if ((previous is null || !Contains(previous, substance)) && substance != except)
                {
                    running += Total(drugs, SubstanceIds.Unnumbered, substance) * (edition.Equivalency.Find(substance)?.MarihuanaGrams ?? 0m);
                }
            }

            if (running > cap.MaximumMarihuanaGrams)
            {
                if (trace.IsEnabled)
                {
                    trace.Add(new TraceStep(
                        "Equivalency cap",
                        $"{string.Join(" + ", cap.Substances)} = {Amount(running, QuantityMeasure.Grams)}",
                        Amount(cap.MaximumMarihuanaGrams, QuantityMeasure.Grams),
                        $"{cap.Citation} [{edition.Name}]"));
                }

                running = cap.MaximumMarihuanaGrams;
            }

            previous = cap.Substances;
        }

        return running;
    }

    private static int WithPerLevelCrack<TTrace>(
        string caseId, ImmutableArray<DrugAmount> drugs, decimal crack, PerLevelCrackRatios rule, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        var crackLevel = Single(caseId, CocaineBaseNumber, CocaineBase, crack, edition, trace);
        var ratio = rule.MarihuanaGramsPerGramByLevel.TryGetValue(crackLevel, out var r)
            ? r
            : throw new CaseCalculationException(new CaseError(caseId, "drugs (cocaine-base)", Amount(crack, QuantityMeasure.Grams), $"a level listed in {rule.Source}"));
        var crackMarihuana = crack * ratio;
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Cocaine base converted at its level's ratio",
                $"cocaine-base {Amount(crack, QuantityMeasure.Grams)} at level {crackLevel} x {ratio.ToString(CultureInfo.InvariantCulture)} g",
                Amount(crackMarihuana, QuantityMeasure.Grams) + " of marihuana",
                $"{rule.Citation} [{edition.Name}]"));
        }

        var (others, minimum, minimumEntry, _) = ConvertAll(caseId, drugs, CocaineBase, edition, trace);
        var level = MarihuanaLevel(caseId, "combined substances", crackMarihuana + others, edition, trace);
        if (minimum is null || rule.MinimumLevel >= minimum)
        {
            minimum = rule.MinimumLevel;
            return ApplyMinimum(level, rule.MinimumLevel, rule.MinimumLevelCitation, edition, trace);
        }

        return ApplyMinimum(level, minimum, minimumEntry?.Citation, edition, trace);
    }

    private static int WithTwoLevelReduction<TTrace>(
        string caseId, ImmutableArray<DrugAmount> drugs, decimal crack, int combined, TwoLevelCrackReduction rule, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        // Why the reduction is denied, or null when it is made; the text is built only for the trace (the batch path allocates nothing).
        string? reason = null;
        var result = combined;
        if (crack >= rule.ExceptAtLeastGrams || crack < rule.ExceptLessThanGrams)
        {
            reason = !trace.IsEnabled ? "" : $"exception (I): cocaine base {Amount(crack, QuantityMeasure.Grams)} is not at least {Amount(rule.ExceptLessThanGrams, QuantityMeasure.Grams)} and less than {Amount(rule.ExceptAtLeastGrams, QuantityMeasure.Grams)}";
        }
        else
        {
            var reduced = combined - rule.Reduction;
            var othersOnly = CountDistinct(drugs) == 2
                ? OneSubstance(caseId, drugs, OtherThan(drugs, CocaineBaseNumber, CocaineBase), edition, default(NoTrace))
                : Combined(caseId, drugs, CocaineBase, edition, default(NoTrace), out _, out _, out _);
            if (reduced < othersOnly)
            {
                reason = !trace.IsEnabled ? "" : $"exception (II): {reduced} would be below {othersOnly}, the level for the other substances alone";
            }
            else
            {
                result = reduced;
            }
        }

        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Cocaine base with other substances: 2-level reduction",
                $"combined level {combined}",
                reason is null ? $"{result} (reduced by {rule.Reduction})" : $"{result} (no reduction: {reason})",
                $"{rule.Citation} [{edition.Name}]"));
        }

        return result;
    }

    private static int MarihuanaLevel<TTrace>(string caseId, string what, decimal grams, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        var table = edition.Substances.Table(MarihuanaNumber, Marihuana)
            ?? throw new CaseCalculationException(new CaseError(caseId, "drugs", what, $"marihuana lines encoded for the {edition.Name}"));
        var level = table.LevelFor(grams);
        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Drug Quantity Table level (marihuana equivalent)",
                $"{what}: {Amount(grams, QuantityMeasure.Grams)} of marihuana",
                level.ToString(CultureInfo.InvariantCulture),
                $"{table.RowFor(grams).Citation} [{edition.Name}]"));
        }

        return level;
    }

    private static int ApplyMinimum<TTrace>(int level, int? minimum, string? citation, ManualEdition edition, TTrace trace)
        where TTrace : struct, ITrace
    {
        if (minimum is not { } floor || level >= floor)
        {
            return level;
        }

        if (trace.IsEnabled)
        {
            trace.Add(new TraceStep(
                "Minimum offense level proviso",
                $"level {level}",
                floor.ToString(CultureInfo.InvariantCulture),
                $"{citation} [{edition.Name}]"));
        }

        return floor;
    }

    private static EquivalencyEntry Equivalency(string caseId, int number, string substance, ManualEdition edition) =>
        edition.Substances.Entry(number, substance) ?? throw NoEquivalency(caseId, substance, edition);

    /// <summary>
    /// The error for a substance without an equivalency in <paramref name="edition"/>. Not inlined: its message builders'
    /// temporaries would be zeroed on every look-up.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CaseCalculationException NoEquivalency(string caseId, string substance, ManualEdition edition) =>
        new(new CaseError(
            caseId,
            "drugs",
            substance,
            edition.DrugQuantity.ContainsKey(substance)
                ? $"a substance with a marihuana equivalency encoded for the {edition.Name} (in force from {edition.EffectiveFrom:yyyy-MM-dd}) to combine it with other substances: {substance} has §2D1.1(c) lines but no equivalency for that date"
                : $"a substance with §2D1.1(c) lines or a marihuana equivalency encoded for the {edition.Name} (in force from {edition.EffectiveFrom:yyyy-MM-dd}): {substance} has neither for that date"));

    /// <summary>
    /// A quantity is grams or units, above 0, in the measure the edition counts the substance in (its lines, else its
    /// equivalency); the case reader already enforces this for files, this guards cases built in code.
    /// </summary>
    /// <param name="caseId">The case, for the error.</param>
    /// <param name="index">The amount's position in the case's drugs, for the error.</param>
    /// <param name="drug">The amount.</param>
    /// <param name="measure">The measure the edition counts the substance in (<see cref="MeasureOf"/>).</param>
    private static void CheckMeasure(string caseId, int index, DrugAmount drug, QuantityMeasure? measure)
    {
        if (drug.Given is not { } given || (measure is { } expected && expected != given))
        {
            throw WrongMeasure(caseId, index, drug, measure);
        }
    }

    /// <summary>The measure <paramref name="edition"/> counts the substance in: its lines' (<paramref name="lines"/>), else its equivalency's; <c>null</c> when it has neither.</summary>
    private static QuantityMeasure? MeasureOf(DrugAmount drug, DrugQuantityTable? lines, ManualEdition edition) =>
        lines?.Measure ?? edition.Substances.Entry(drug.SubstanceNumber, drug.Substance)?.Measure;

    private static CaseCalculationException WrongMeasure(string caseId, int index, DrugAmount drug, QuantityMeasure? measure) => new(new CaseError(
        caseId,
        $"drugs[{index}]",
        $"{drug.Substance} grams {drug.Grams?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}, units {drug.Units?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}",
        $"exactly one quantity, above 0, in {(measure == QuantityMeasure.Units ? "units" : "grams")} for {drug.Substance}"));

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="drug"/> is of <paramref name="substance"/>, numbered <paramref name="number"/>: numbers are one
    /// per name (<see cref="SubstanceIds"/>), so equal numbers are equal names; names are compared only when
    /// <paramref name="number"/> is <see cref="SubstanceIds.Unnumbered"/>.
    /// </summary>
    private static bool Is(DrugAmount drug, int number, string substance) =>
        number != SubstanceIds.Unnumbered ? drug.SubstanceNumber == number : drug.Substance == substance;

    /// <summary>The case's quantity of <paramref name="substance"/> (numbered <paramref name="number"/>), 0 when none; one amount is returned as it is (adding it to 0 would give the same decimal).</summary>
    private static decimal Total(ImmutableArray<DrugAmount> drugs, int number, string substance)
    {
        decimal? total = null;
        foreach (var drug in drugs)
        {
            if (Is(drug, number, substance))
            {
                var amount = drug.Quantity;
                total = total is { } sum ? sum + amount : amount;
            }
        }

        return total ?? 0m;
    }

    private static bool SeenBefore(ImmutableArray<DrugAmount> drugs, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (Is(drugs[j], drugs[index].SubstanceNumber, drugs[index].Substance))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of substances, a mixture and its "actual" content counting as one (Note (B)).</summary>
    private static int CountDistinct(ImmutableArray<DrugAmount> drugs)
    {
        var count = 0;
        for (var i = 0; i < drugs.Length; i++)
        {
            if (!SeenBefore(drugs, i) && (PartnerOf(drugs[i], out var partnerNumber) is not { } partner || !PartnerSeenBefore(drugs, i, partnerNumber, partner)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool PartnerSeenBefore(ImmutableArray<DrugAmount> drugs, int index, int partnerNumber, string partner)
    {
        for (var j = 0; j < index; j++)
        {
            if (Is(drugs[j], partnerNumber, partner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The Note (B) partner of <paramref name="drug"/>'s substance (<see cref="PartnerOf(string)"/>), and its number in
    /// <paramref name="number"/>: read by the drug's number; a name without a number is matched by name.
    /// </summary>
    private static string? PartnerOf(DrugAmount drug, out int number)
    {
        var own = drug.SubstanceNumber;
        if (own == SubstanceIds.Unnumbered)
        {
            var partner = PartnerOf(drug.Substance);
            number = partner is null ? SubstanceIds.Unnumbered : SubstanceIds.Of(partner);
            return partner;
        }

        var known = own < PartnersByNumber.Length ? PartnersByNumber[own] : null;
        number = known?.Number ?? SubstanceIds.Unnumbered;
        return known?.Name;
    }

    /// <summary>The partners of the numbered Note (B) ids, by number; an id that got no number is left to <see cref="PartnerOf(string)"/>.</summary>
    private static (string Name, int Number)?[] NumberPartners()
    {
        string[] ids = ["pcp", "pcp-actual", "methamphetamine", "methamphetamine-actual", "amphetamine", "amphetamine-actual"];
        var numbered = ids.Select(id => (Id: id, Number: SubstanceIds.Of(id))).Where(n => n.Number != SubstanceIds.Unnumbered).ToList();
        var partners = new (string Name, int Number)?[numbered.Count == 0 ? 0 : numbered.Max(n => n.Number) + 1];
        foreach (var (id, number) in numbered)
        {
            var partner = PartnerOf(id)!;
            partners[number] = (partner, SubstanceIds.Of(partner));
        }

        return partners;
    }

    /// <summary>The other id of the same substance under Note (B): the mixture's "actual" id, or the actual's mixture id.</summary>
    private static string? PartnerOf(string substance) => substance switch
    {
        "pcp" => "pcp-actual",
        "pcp-actual" => "pcp",
        "methamphetamine" => "methamphetamine-actual",
        "methamphetamine-actual" => "methamphetamine",
        "amphetamine" => "amphetamine-actual",
        "amphetamine-actual" => "amphetamine",
        _ => null,
    };

    private static DrugAmount OtherThan(ImmutableArray<DrugAmount> drugs, int number, string substance)
    {
        foreach (var drug in drugs)
        {
            if (!Is(drug, number, substance))
            {
                return drug;
            }
        }

        return drugs[0];
    }

    /// <summary>"2.5 kg", "840 g", "1,000 units".</summary>
    internal static string Amount(decimal quantity, QuantityMeasure measure) => measure == QuantityMeasure.Units
        ? $"{quantity.ToString("#,0.######", CultureInfo.InvariantCulture)} units"
        : quantity >= 1000m
            ? $"{(quantity / 1000m).ToString("#,0.######", CultureInfo.InvariantCulture)} kg"
            : $"{quantity.ToString("0.######", CultureInfo.InvariantCulture)} g";
}
