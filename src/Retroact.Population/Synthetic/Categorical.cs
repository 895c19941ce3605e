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

    /// <summary>Draws a key.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public T Draw(ref Xoshiro random)
    {
        var u = random.NextDouble();
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (u < _cumulative[i]) return _keys[i];
        }

        return _keys[^1];
    }

    /// <summary>The probability of <paramref name="key"/>; 0 when it is not a key.</summary>
    public double ProbabilityOf(T key) => Array.IndexOf(_keys, key) is var i and >= 0 ? Weight(i) : 0;
}
