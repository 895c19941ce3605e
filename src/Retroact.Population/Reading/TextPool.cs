namespace Retroact.Population.Reading;

/// <summary>
/// Reuses one string per distinct value of a low-cardinality column (substances, guidelines, districts, demographic
/// labels), so a file of millions of rows allocates each such value once. Bounded: past <see cref="Capacity"/> distinct
/// values it stops pooling and allocates as usual.
/// </summary>
internal sealed class TextPool
{
    /// <summary>The most distinct values kept.</summary>
    public const int Capacity = 4_096;

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TextPool() => _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/>.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var pooled)) return pooled;
        var value = text.ToString();
        if (_values.Count < Capacity) _values[value] = value;
        return value;
    }
}
