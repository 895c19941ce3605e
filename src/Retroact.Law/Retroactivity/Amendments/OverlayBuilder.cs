using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>Collects the changes of an amendment's listed parts into one <see cref="ManualOverlay"/>; a part may not set what another part already set.</summary>
internal sealed class OverlayBuilder
{
    private readonly Dictionary<string, DrugQuantityTable?> _drugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EquivalencyEntry?> _equivalency = new(StringComparer.Ordinal);

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
        CrackRule = Crack,
        StatusPoints = StatusPoints,
        ZeroPointOffender = ZeroPoint,
    };
}
