using NodaTime;

namespace Retroact.Law.Model;

/// <summary>
/// An amendment as data: the parts of the Manual it replaces. Applying it to an edition (<see cref="ManualEdition.With(ManualOverlay)"/>)
/// gives a new edition that shares every part the overlay leaves alone. The law's amendments live in <c>law/amendments/N.json</c>;
/// a hypothetical reform ("drugs minus four") is an overlay built in code with a number outside the Manual's.
/// A property left <c>null</c> leaves that part unchanged.
/// </summary>
public sealed record ManualOverlay
{
    /// <summary>The amendment number (Appendix C), e.g. 782.</summary>
    public required int Number { get; init; }

    /// <summary>The day the amendment took effect.</summary>
    public required LocalDate EffectiveOn { get; init; }

    /// <summary>A short description, e.g. "Drug Quantity Table lowered by two levels".</summary>
    public required string Title { get; init; }

    /// <summary>Where the amendment's text is, e.g. "USSG App. C, Amend. 782 (eff. Nov. 1, 2014)".</summary>
    public required string Citation { get; init; }

    /// <summary>The law file it was read from, or a description for an overlay built in code.</summary>
    public string Source { get; init; } = "(built in code)";

    /// <summary>A new Sentencing Table.</summary>
    public SentencingTable? SentencingTable { get; init; }

    /// <summary>New zone definitions.</summary>
    public ZoneDefinition? Zones { get; init; }

    /// <summary>Drug Quantity Table lines by substance id; a <c>null</c> value removes the substance's lines.</summary>
    public IReadOnlyDictionary<string, DrugQuantityTable?> DrugQuantity { get; init; } = new Dictionary<string, DrugQuantityTable?>();

    /// <summary>Marihuana equivalencies by substance id; a <c>null</c> value removes the entry.</summary>
    public IReadOnlyDictionary<string, EquivalencyEntry?> Equivalency { get; init; } = new Dictionary<string, EquivalencyEntry?>();

    /// <summary>New equivalency caps.</summary>
    public IReadOnlyList<EquivalencyCap>? EquivalencyCaps { get; init; }

    /// <summary>A new (or no) cocaine-base combination rule.</summary>
    public Replace<CrackCombinationRule>? CrackRule { get; init; }

    /// <summary>A new (or no) §2D1.1(a)(5) mitigating-role cap.</summary>
    public Replace<MitigatingRoleCap>? MitigatingRoleCap { get; init; }

    /// <summary>A new (or no) §5C1.2(b) floor.</summary>
    public Replace<SafetyValveFloor>? SafetyValveFloor { get; init; }

    /// <summary>Drug-derived Chapter Two guidelines (e.g. "2D1.2") added or replaced, by guideline.</summary>
    public IReadOnlyDictionary<string, DrugDerivedGuideline> DrugGuidelines { get; init; } = new Dictionary<string, DrugDerivedGuideline>();

    /// <summary>New criminal history category bands.</summary>
    public CriminalHistoryRules? CriminalHistory { get; init; }

    /// <summary>A new §4A1.1 status-points rule.</summary>
    public StatusPointsRule? StatusPoints { get; init; }

    /// <summary>A new (or no) §4C1.1 zero-point offender adjustment.</summary>
    public Replace<ZeroPointOffenderRule>? ZeroPointOffender { get; init; }

    /// <summary>A new §4B1.1 table.</summary>
    public CareerOffenderTable? CareerOffender { get; init; }
}
