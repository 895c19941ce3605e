using System.Collections.Frozen;

namespace Retroact.Law.Model;

/// <summary>
/// One entry of the Drug Equivalency Tables (USSG §2D1.1 comment. n.10(D) before Nov. 1, 2012, n.8(D) after):
/// one gram (or unit) of <see cref="Substance"/> equals <see cref="MarihuanaGrams"/> grams of marihuana.
/// </summary>
/// <param name="Substance">The substance id.</param>
/// <param name="MarihuanaGrams">Grams of marihuana per gram or unit.</param>
/// <param name="Measure">Whether the ratio is per gram or per unit.</param>
/// <param name="MinimumLevel">The minimum offense level proviso of the substance's heading (12 for Schedule I/II opiates, stimulants and hallucinogens; 8 for flunitrazepam), or <c>null</c>.</param>
/// <param name="Citation">Where the ratio (and proviso) is stated.</param>
public sealed record EquivalencyEntry(string Substance, decimal MarihuanaGrams, QuantityMeasure Measure, int? MinimumLevel, string Citation);

/// <summary>
/// A cap on the combined marihuana equivalent of a group of substances (e.g. Schedule III, IV and V: 59.99 kg in the 2013 Manual).
/// </summary>
/// <param name="Substances">The substance ids the cap covers.</param>
/// <param name="MaximumMarihuanaGrams">The most their combined equivalent may count for.</param>
/// <param name="Citation">Where the cap is stated.</param>
public sealed record EquivalencyCap(IReadOnlyList<string> Substances, decimal MaximumMarihuanaGrams, string Citation);

/// <summary>
/// The marihuana equivalencies of an edition: the ratios by substance, and the caps applied (innermost first) when
/// substances are combined. Immutable; an overlay replaces or removes single entries.
/// </summary>
public sealed class MarihuanaEquivalency
{
    internal MarihuanaEquivalency(FrozenDictionary<string, EquivalencyEntry> entries, IReadOnlyList<EquivalencyCap> caps)
    {
        Entries = entries;
        Caps = caps;
    }

    /// <summary>The ratios by substance id.</summary>
    public FrozenDictionary<string, EquivalencyEntry> Entries { get; }

    /// <summary>The caps, in the order they are applied.</summary>
    public IReadOnlyList<EquivalencyCap> Caps { get; }

    /// <summary>The entry for <paramref name="substance"/>, or <c>null</c> when the edition has none encoded.</summary>
    public EquivalencyEntry? Find(string substance) => Entries.GetValueOrDefault(substance);

    internal MarihuanaEquivalency With(IReadOnlyDictionary<string, EquivalencyEntry?> changes, IReadOnlyList<EquivalencyCap>? caps)
    {
        if (changes.Count == 0)
        {
            // Caps only (Amend. 782): the same ratios object, so a combined equivalent can be reused (DrugAggregate).
            return new MarihuanaEquivalency(Entries, caps ?? Caps);
        }

        var entries = new Dictionary<string, EquivalencyEntry>(Entries, StringComparer.Ordinal);
        foreach (var (substance, entry) in changes)
        {
            if (entry is null)
            {
                entries.Remove(substance);
            }
            else
            {
                entries[substance] = entry;
            }
        }

        return new MarihuanaEquivalency(entries.ToFrozenDictionary(StringComparer.Ordinal), caps ?? Caps);
    }
}
