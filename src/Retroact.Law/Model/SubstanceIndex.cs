using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Retroact.Law.Model;

/// <summary>
/// One edition's Drug Quantity Table lines and marihuana equivalencies by substance number (<see cref="SubstanceIds"/>), so
/// the drug calculation finds a substance with an array read instead of a look-up by name. Every substance the edition
/// encodes (lines, equivalency or cap) is numbered when the index is built, so a number beyond the arrays is a substance the edition does not encode;
/// an unnumbered name is looked up by name.
/// </summary>
internal sealed class SubstanceIndex
{
    private readonly FrozenDictionary<string, DrugQuantityTable> _tablesByName;
    private readonly MarihuanaEquivalency _equivalency;
    private readonly DrugQuantityTable?[] _tables;
    private readonly EquivalencyEntry?[] _entries;
    private readonly bool[] _capped;

    public SubstanceIndex(FrozenDictionary<string, DrugQuantityTable> tables, MarihuanaEquivalency equivalency)
    {
        _tablesByName = tables;
        _equivalency = equivalency;
        var numbered = new List<(int Number, DrugQuantityTable? Table, EquivalencyEntry? Entry, bool Capped)>();
        var capped = equivalency.Caps.Count > 0 ? equivalency.Caps[^1].Substances : [];
        foreach (var substance in tables.Keys.Union(equivalency.Entries.Keys, StringComparer.Ordinal).Union(capped, StringComparer.Ordinal))
        {
            if (SubstanceIds.Of(substance) is var number and >= 0)
            {
                numbered.Add((number, tables.GetValueOrDefault(substance), equivalency.Find(substance), InOutermostCap(substance)));
            }
        }

        var length = numbered.Count == 0 ? 0 : numbered.Max(n => n.Number) + 1;
        _tables = new DrugQuantityTable?[length];
        _entries = new EquivalencyEntry?[length];
        _capped = new bool[length];
        foreach (var (number, table, entry, inCap) in numbered)
        {
            _tables[number] = table;
            _entries[number] = entry;
            _capped[number] = inCap;
        }
    }

    /// <summary>The Drug Quantity Table lines for the substance numbered <paramref name="number"/> and named <paramref name="substance"/>, or <c>null</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    public DrugQuantityTable? Table(int number, string substance) =>
        number >= 0 && number < _tables.Length ? _tables[number]
        : number == SubstanceIds.Unnumbered ? _tablesByName.GetValueOrDefault(substance)
        : null;

    /// <summary>
    /// True when a cap on combined equivalents covers the substance numbered <paramref name="number"/> and named
    /// <paramref name="substance"/>: the caps are nested, so the outermost (last) one covers every capped substance.
    /// </summary>
    public bool InAnyCap(int number, string substance) =>
        number >= 0 && number < _capped.Length ? _capped[number]
        : number == SubstanceIds.Unnumbered && InOutermostCap(substance);

    private bool InOutermostCap(string substance)
    {
        var caps = _equivalency.Caps;
        return caps.Count > 0 && caps[^1].Substances.Contains(substance, StringComparer.Ordinal);
    }

    /// <summary>The marihuana equivalency for the substance numbered <paramref name="number"/> and named <paramref name="substance"/>, or <c>null</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    public EquivalencyEntry? Entry(int number, string substance) =>
        number >= 0 && number < _entries.Length ? _entries[number]
        : number == SubstanceIds.Unnumbered ? _equivalency.Find(substance)
        : null;
}
