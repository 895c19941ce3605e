using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Retroact.Law.Model;

/// <summary>
/// A Guidelines Manual edition as encoded: every part the calculators read, each carrying its citation. Immutable and shared
/// by every run. An encoded edition stands for the period in which the encoded law did not change (the loader builds each
/// one from the previous edition plus its amendments); <see cref="With(ManualOverlay)"/> gives a new edition with an
/// amendment applied that shares everything the amendment leaves alone.
/// </summary>
public sealed class ManualEdition
{
    private const string PlainDrugGuideline = "2D1.1";
    private readonly DrugDerivedGuideline? _plainDrugGuideline;
    private SubstanceIndex? _substances;

    /// <summary>The edition's number in <see cref="EditionNumbers"/>, 0 until a summary names it (written there only).</summary>
    internal int SummaryNumber;

    internal ManualEdition(
        string name,
        LocalDate effectiveFrom,
        ImmutableSortedSet<int> amendments,
        SentencingTable sentencingTable,
        ZoneDefinition zones,
        FrozenDictionary<string, DrugQuantityTable> drugQuantity,
        MarihuanaEquivalency equivalency,
        CrackCombinationRule? crackRule,
        MitigatingRoleCap? mitigatingRoleCap,
        SafetyValveFloor? safetyValveFloor,
        CriminalHistoryRules criminalHistory,
        StatusPointsRule statusPoints,
        ZeroPointOffenderRule? zeroPointOffender,
        CareerOffenderTable careerOffender,
        FrozenDictionary<string, DrugDerivedGuideline> drugGuidelines,
        LocalDate? effectiveUntil = null,
        int ordinal = -1)
    {
        Ordinal = ordinal;
        DrugGuidelines = drugGuidelines;
        EffectiveUntil = effectiveUntil;
        Name = name;
        EffectiveFrom = effectiveFrom;
        Amendments = amendments;
        SentencingTable = sentencingTable;
        Zones = zones;
        DrugQuantity = drugQuantity;
        Equivalency = equivalency;
        CrackRule = crackRule;
        MitigatingRoleCap = mitigatingRoleCap;
        SafetyValveFloor = safetyValveFloor;
        CriminalHistory = criminalHistory;
        StatusPoints = statusPoints;
        ZeroPointOffender = zeroPointOffender;
        CareerOffender = careerOffender;
        _plainDrugGuideline = drugGuidelines.GetValueOrDefault(PlainDrugGuideline);
    }

    /// <summary>
    /// The Chapter Two drug guidelines other than §2D1.1 whose level this edition takes from the Drug Quantity Table
    /// (e.g. "2D1.2", "2D1.5"), by guideline; a guideline absent here is not encoded for the edition.
    /// </summary>
    public FrozenDictionary<string, DrugDerivedGuideline> DrugGuidelines { get; }

    /// <summary>How citations name the edition, e.g. "Nov. 1, 2014 Manual" or "Nov. 1, 2009 Manual as amended by 750, 782".</summary>
    public string Name { get; }

    /// <summary>The day this edition (the period of unchanged encoded law) took effect.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last day this edition was in force; <c>null</c> for the current one or an edition built with <see cref="With(ManualOverlay)"/>.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>The edition's position in <see cref="LawLibrary.Editions"/> of the law that loaded it; -1 for an edition built with <see cref="With(ManualOverlay)"/>.</summary>
    internal int Ordinal { get; }

    /// <summary>The amendment numbers this edition includes (only those that change encoded law, plus those applied by overlays).</summary>
    public ImmutableSortedSet<int> Amendments { get; }

    /// <summary>The Sentencing Table.</summary>
    public SentencingTable SentencingTable { get; }

    /// <summary>The zone definitions.</summary>
    public ZoneDefinition Zones { get; }

    /// <summary>Drug Quantity Table lines by substance id; a substance absent here has no lines encoded for this edition.</summary>
    public FrozenDictionary<string, DrugQuantityTable> DrugQuantity { get; }

    /// <summary>The marihuana equivalencies.</summary>
    public MarihuanaEquivalency Equivalency { get; }

    /// <summary>The period-specific cocaine-base combination rule, or <c>null</c>.</summary>
    public CrackCombinationRule? CrackRule { get; }

    /// <summary>The §2D1.1(a)(5) mitigating-role cap, or <c>null</c> when the edition has none.</summary>
    public MitigatingRoleCap? MitigatingRoleCap { get; }

    /// <summary>The §5C1.2(b) floor, or <c>null</c> when the edition has none.</summary>
    public SafetyValveFloor? SafetyValveFloor { get; }

    /// <summary>Points to category.</summary>
    public CriminalHistoryRules CriminalHistory { get; }

    /// <summary>The §4A1.1 status-points rule.</summary>
    public StatusPointsRule StatusPoints { get; }

    /// <summary>The §4C1.1 adjustment, or <c>null</c> before Nov. 1, 2023.</summary>
    public ZeroPointOffenderRule? ZeroPointOffender { get; }

    /// <summary>The §4B1.1 table.</summary>
    public CareerOffenderTable CareerOffender { get; }

    /// <summary>
    /// The Drug Quantity Table lines and equivalencies by substance number, for the drug calculation; built on first use
    /// (the loader makes many intermediate editions that are never calculated with). Two threads may both build it; the
    /// indexes are equal, and either one serves.
    /// </summary>
    internal SubstanceIndex Substances
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
        get => _substances ?? NewSubstanceIndex();
    }

    private SubstanceIndex NewSubstanceIndex() => _substances ??= new SubstanceIndex(DrugQuantity, Equivalency);

    /// <summary>
    /// The rule of <see cref="DrugGuidelines"/> for <paramref name="guideline"/>; the name the calculator gives a drug case
    /// without a guideline (the same "2D1.1" string) is answered from a field, any other through the dictionary.
    /// </summary>
    internal bool TryGetDrugGuideline(string guideline, [NotNullWhen(true)] out DrugDerivedGuideline? rule)
    {
        if (ReferenceEquals(guideline, PlainDrugGuideline))
        {
            rule = _plainDrugGuideline;
            return rule is not null;
        }

        return DrugGuidelines.TryGetValue(guideline, out rule);
    }

    /// <summary>True when the edition includes amendment <paramref name="number"/>.</summary>
    public bool Includes(int number) => Amendments.Contains(number);

    /// <summary>The Drug Quantity Table lines for <paramref name="substance"/>, or <c>null</c> when none are encoded for this edition.</summary>
    public DrugQuantityTable? DrugQuantityFor(string substance) => DrugQuantity.GetValueOrDefault(substance);

    /// <summary>
    /// This edition with <paramref name="overlay"/> applied: every part it replaces is replaced, every other part is shared,
    /// and <see cref="Amendments"/> gains its number. Applying an amendment the edition already includes returns this edition unchanged.
    /// </summary>
    public ManualEdition With(ManualOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        if (Amendments.Contains(overlay.Number))
        {
            return this;
        }

        var name = Name.Contains(" as amended by ", StringComparison.Ordinal)
            ? $"{Name}, {overlay.Number}"
            : $"{Name} as amended by {overlay.Number}";
        return Apply(overlay, Amendments.Add(overlay.Number), name);
    }

    /// <summary>The parts of <paramref name="overlay"/> applied to this edition, under <paramref name="name"/> with <paramref name="amendments"/>.</summary>
    internal ManualEdition Apply(ManualOverlay overlay, ImmutableSortedSet<int> amendments, string name)
    {
        var drugs = DrugQuantity;
        if (overlay.DrugQuantity.Count > 0)
        {
            var changed = new Dictionary<string, DrugQuantityTable>(DrugQuantity, StringComparer.Ordinal);
            foreach (var (substance, table) in overlay.DrugQuantity)
            {
                if (table is null)
                {
                    changed.Remove(substance);
                }
                else
                {
                    changed[substance] = table;
                }
            }

            drugs = changed.ToFrozenDictionary(StringComparer.Ordinal);
        }

        var guidelines = DrugGuidelines;
        if (overlay.DrugGuidelines.Count > 0)
        {
            var changed = new Dictionary<string, DrugDerivedGuideline>(DrugGuidelines, StringComparer.Ordinal);
            foreach (var (guideline, rule) in overlay.DrugGuidelines)
            {
                changed[guideline] = rule;
            }

            guidelines = changed.ToFrozenDictionary(StringComparer.Ordinal);
        }

        var equivalency = overlay.Equivalency.Count > 0 || overlay.EquivalencyCaps is not null
            ? Equivalency.With(overlay.Equivalency, overlay.EquivalencyCaps)
            : Equivalency;
        return new ManualEdition(
            name,
            EffectiveFrom,
            amendments,
            overlay.SentencingTable ?? SentencingTable,
            overlay.Zones ?? Zones,
            drugs,
            equivalency,
            overlay.CrackRule is { } crack ? crack.Value : CrackRule,
            overlay.MitigatingRoleCap is { } cap ? cap.Value : MitigatingRoleCap,
            overlay.SafetyValveFloor is { } floor ? floor.Value : SafetyValveFloor,
            overlay.CriminalHistory ?? CriminalHistory,
            overlay.StatusPoints ?? StatusPoints,
            overlay.ZeroPointOffender is { } zero ? zero.Value : ZeroPointOffender,
            overlay.CareerOffender ?? CareerOffender,
            guidelines);
    }

    /// <summary>This edition with each overlay applied in order.</summary>
    public ManualEdition With(IEnumerable<ManualOverlay> overlays)
    {
        ArgumentNullException.ThrowIfNull(overlays);
        var edition = this;
        foreach (var overlay in overlays)
        {
            edition = edition.With(overlay);
        }

        return edition;
    }

    /// <summary>The edition's name.</summary>
    public override string ToString() => Name;

    internal ManualEdition Dated(string name, LocalDate effectiveFrom, LocalDate? effectiveUntil, ImmutableSortedSet<int> amendments, int ordinal) =>
        new(name, effectiveFrom, amendments, SentencingTable, Zones, DrugQuantity, Equivalency, CrackRule, MitigatingRoleCap,
            SafetyValveFloor, CriminalHistory, StatusPoints, ZeroPointOffender, CareerOffender, DrugGuidelines, effectiveUntil, ordinal);
}
