using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>Collects the changes of an amendment's listed parts into one <see cref="ManualOverlay"/>; a part may not set what another part already set.</summary>
internal sealed class OverlayBuilder
{
    private readonly Dictionary<string, DrugQuantityTable?> _drugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EquivalencyEntry?> _equivalency = new(StringComparer.Ordinal);

    private static readonly string[] Parts =
        ["drugQuantity", "equivalency", "crackRule", "mitigatingRoleCap", "safetyValveFloor", "statusPoints", "zeroPointOffender",
         "criminalHistory", "careerOffender", "sentencingTable", "zones"];

    public IReadOnlyList<EquivalencyCap>? EquivalencyCaps;
    public Replace<MitigatingRoleCap>? MitigatingRoleCap;
    public Replace<SafetyValveFloor>? SafetyValveFloor;
    public CriminalHistoryRules? CriminalHistory;
    public CareerOffenderTable? CareerOffender;
    public SentencingTable? SentencingTable;
    public ZoneDefinition? Zones;
    public StatusPointsRule? StatusPoints;
    public Replace<ZeroPointOffenderRule>? ZeroPoint;
    public Replace<CrackCombinationRule>? Crack;

    public void SetDrug(JsonEntry entry, string substance, DrugQuantityTable? table)
    {
        if (!_drugs.TryAdd(substance, table))
        {
            entry.Problem("", $"the Drug Quantity Table lines for \"{substance}\" are set twice in this file");
        }
    }

    public void SetEquivalency(JsonEntry entry, string substance, EquivalencyEntry? value)
    {
        if (!_equivalency.TryAdd(substance, value))
        {
            entry.Problem("substance", $"the equivalency for \"{substance}\" is set twice in this file");
        }
    }

    /// <summary>Takes the named parts ("all", or any of <see cref="Parts"/>) of a library overlay.</summary>
    public void Take(JsonEntry entry, ManualOverlay overlay, IReadOnlyList<string> take)
    {
        if (take.Count == 0)
        {
            entry.Problem("take", $"required: \"all\" or some of {string.Join(", ", Parts)}");
        }

        foreach (var part in take)
        {
            if (part != "all" && Array.IndexOf(Parts, part) < 0)
            {
                entry.Problem("take", $"unknown part \"{part}\"; allowed: all, {string.Join(", ", Parts)}");
            }
        }

        bool Wants(string part) => take.Contains("all") || take.Contains(part);
        if (Wants("drugQuantity"))
        {
            foreach (var (substance, table) in overlay.DrugQuantity)
            {
                SetDrug(entry, substance, table);
            }
        }

        if (Wants("equivalency"))
        {
            foreach (var (substance, value) in overlay.Equivalency)
            {
                SetEquivalency(entry, substance, value);
            }

            EquivalencyCaps = overlay.EquivalencyCaps ?? EquivalencyCaps;
        }

        Crack = Wants("crackRule") ? overlay.CrackRule ?? Crack : Crack;
        MitigatingRoleCap = Wants("mitigatingRoleCap") ? overlay.MitigatingRoleCap ?? MitigatingRoleCap : MitigatingRoleCap;
        SafetyValveFloor = Wants("safetyValveFloor") ? overlay.SafetyValveFloor ?? SafetyValveFloor : SafetyValveFloor;
        StatusPoints = Wants("statusPoints") ? overlay.StatusPoints ?? StatusPoints : StatusPoints;
        ZeroPoint = Wants("zeroPointOffender") ? overlay.ZeroPointOffender ?? ZeroPoint : ZeroPoint;
        CriminalHistory = Wants("criminalHistory") ? overlay.CriminalHistory ?? CriminalHistory : CriminalHistory;
        CareerOffender = Wants("careerOffender") ? overlay.CareerOffender ?? CareerOffender : CareerOffender;
        SentencingTable = Wants("sentencingTable") ? overlay.SentencingTable ?? SentencingTable : SentencingTable;
        Zones = Wants("zones") ? overlay.Zones ?? Zones : Zones;
    }

    public void Set<T>(JsonEntry entry, ref T? slot, T value)
    {
        if (slot is not null)
        {
            entry.Problem("", "this rule is set twice in this file");
        }

        slot = value;
    }

    public ManualOverlay Build(int number, NodaTime.LocalDate effectiveOn, string title, string citation, string source) => new()
    {
        Number = number,
        EffectiveOn = effectiveOn,
        Title = title,
        Citation = citation,
        Source = source,
        DrugQuantity = _drugs,
        Equivalency = _equivalency,
        EquivalencyCaps = EquivalencyCaps,
        CrackRule = Crack,
        MitigatingRoleCap = MitigatingRoleCap,
        SafetyValveFloor = SafetyValveFloor,
        CriminalHistory = CriminalHistory,
        CareerOffender = CareerOffender,
        SentencingTable = SentencingTable,
        Zones = Zones,
        StatusPoints = StatusPoints,
        ZeroPointOffender = ZeroPoint,
    };
}
