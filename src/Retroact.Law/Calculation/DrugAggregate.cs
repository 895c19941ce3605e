using System.Collections.Frozen;
using System.Collections.Immutable;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Law.Calculation;

/// <summary>
/// A mixed-drug case's combined marihuana equivalent and minimum-level proviso (§2D1.1 comment. n.8(B)/n.10(B)), with the
/// equivalency ratios, caps and cocaine-base rule that produced it. An edition with the same ratios and cocaine-base rule
/// (the same objects), and the same caps or none that applies to the drugs, gives the same aggregate for the same drugs
/// (the aggregation reads nothing else of the edition), so only its Drug Quantity Table is read again
/// (<see cref="AppliesTo"/>): Amendment 782 changes only the table and the caps' maxima. <c>default</c>: nothing recorded.
/// </summary>
internal readonly struct DrugAggregate
{
    private readonly FrozenDictionary<string, EquivalencyEntry>? _ratios;
    private readonly IReadOnlyList<EquivalencyCap>? _caps;
    private readonly CrackCombinationRule? _crackRule;
    private readonly bool _capped;

    /// <summary>Records the aggregate of the drugs under <paramref name="edition"/>; <paramref name="capped"/>: a substance in a cap was among them.</summary>
    public DrugAggregate(ManualEdition edition, decimal marihuanaGrams, int? minimumLevel, bool capped)
    {
        _ratios = edition.Equivalency.Entries;
        _caps = edition.Equivalency.Caps;
        _crackRule = edition.CrackRule;
        _capped = capped;
        MarihuanaGrams = marihuanaGrams;
        MinimumLevel = minimumLevel;
    }

    /// <summary>The combined marihuana equivalent in grams, after the caps.</summary>
    public decimal MarihuanaGrams { get; }

    /// <summary>The highest minimum level of the substances' equivalencies, if any.</summary>
    public int? MinimumLevel { get; }

    /// <summary>
    /// True when <paramref name="edition"/> would aggregate <paramref name="drugs"/> (the drugs recorded) to the same figures:
    /// the same ratios and cocaine-base rule (reference-equal), and the same caps, or no cap holding any of the drugs in
    /// either edition.
    /// </summary>
    public bool AppliesTo(ManualEdition edition, ImmutableArray<DrugAmount> drugs) =>
        _ratios is not null && ReferenceEquals(_ratios, edition.Equivalency.Entries) && ReferenceEquals(_crackRule, edition.CrackRule)
        && (ReferenceEquals(_caps, edition.Equivalency.Caps) || (!_capped && !AnyCapped(drugs, edition)));

    /// <summary>True when this aggregate was recorded (under any edition).</summary>
    public bool IsRecorded => _ratios is not null;

    private static bool AnyCapped(ImmutableArray<DrugAmount> drugs, ManualEdition edition)
    {
        foreach (var drug in drugs)
        {
            if (edition.Substances.InAnyCap(drug.SubstanceNumber, drug.Substance))
            {
                return true;
            }
        }

        return false;
    }
}
