namespace Retroact.Population.Synthetic;

/// <summary>A finite distribution over keys with non-negative weights (they need not sum to 1 or 100).</summary>
internal sealed class Categorical<T>
{
    private readonly T[] _keys;
    private readonly double[] _cumulative;

    public Categorical(IReadOnlyList<(T Key, double Weight)> entries, string name)
    {
        if (entries.Count == 0 || entries.Any(e => e.Weight < 0) || entries.Sum(e => e.Weight) <= 0)
        {
            throw new InvalidOperationException($"distribution {name} needs at least one entry and a positive total weight");
        }

        _keys = [.. entries.Select(e => e.Key)];
        _cumulative = new double[entries.Count];
        var total = entries.Sum(e => e.Weight);
        var running = 0.0;
        for (var i = 0; i < entries.Count; i++)
        {
            running += entries[i].Weight / total;
            _cumulative[i] = running;
        }

        _cumulative[^1] = 1.0;
    }

    /// <summary>The probability of the key at <paramref name="index"/> (keys in file order).</summary>
    public double Weight(int index) => _cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1]);

    /// <summary>The keys in file order.</summary>
    public IReadOnlyList<T> Keys => _keys;

    /// <summary>Draws a key: the first, in file order, whose cumulative probability exceeds a uniform draw u in [0, 1).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public T Draw(ref Xoshiro random) => _keys[IndexOf(random.NextDouble())];

    /// <summary>
    /// The first index whose cumulative probability exceeds <paramref name="u"/>, by binary search (the cumulative
    /// probabilities never decrease and the last is 1, so for u in [0, 1) this is what a scan from the first key finds);
    /// the last index when <paramref name="u"/> is 1 or more.
    /// </summary>
    private int IndexOf(double u)
    {
        int low = 0, high = _cumulative.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (u < _cumulative[middle]) high = middle;
            else low = middle + 1;
        }

        return low;
    }

    /// <summary>The probability of <paramref name="key"/>; 0 when it is not a key.</summary>
    public double ProbabilityOf(T key) => Array.IndexOf(_keys, key) is var i and >= 0 ? Weight(i) : 0;
}
