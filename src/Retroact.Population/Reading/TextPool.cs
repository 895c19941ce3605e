using System.Runtime.CompilerServices;

namespace Retroact.Population.Reading;

/// <summary>
/// Reuses one string per distinct value of a low-cardinality column (substances, guidelines, districts, demographic
/// labels), so a file of millions of rows allocates each such value once. Bounded: past <see cref="Capacity"/> distinct
/// values it stops pooling and allocates as usual. A small direct-mapped table, indexed by a few of the text's
/// characters, answers most look-ups with one comparison before the dictionary (which hashes the whole text) is asked.
/// </summary>
internal sealed class TextPool
{
    /// <summary>The most distinct values kept.</summary>
    public const int Capacity = 4_096;

    private const int RecentSlots = 1_024;
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string?[] _recent = new string?[RecentSlots];

    public TextPool() => _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/> (not empty).</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        var slot = Slot(text);
        var recent = _recent[slot];
        if (recent is not null && text.SequenceEqual(recent)) return recent;
        if (_lookup.TryGetValue(text, out var pooled))
        {
            _recent[slot] = pooled;
            return pooled;
        }

        var value = text.ToString();
        if (_values.Count < Capacity)
        {
            _values[value] = value;
            _recent[slot] = value;
        }

        return value;
    }

    /// <summary>A slot from the length and the first, second, middle and last characters (every term is a non-negative int: a char shifted by at most 15 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<char> text)
    {
        var h = text.Length ^ text[0] << 3 ^ text[text.Length > 1 ? 1 : 0] << 7 ^ text[text.Length / 2] << 11 ^ text[^1] << 15;
        return (h ^ h >> 10 ^ h >> 20) & (RecentSlots - 1);
    }
}
