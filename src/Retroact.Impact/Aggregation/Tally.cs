namespace Retroact.Impact.Aggregation;

/// <summary>Element-wise sums of counter arrays.</summary>
internal static class Tally
{
    /// <summary>Adds <paramref name="source"/> into <paramref name="target"/>, element by element (same length).</summary>
    public static void AddInto(long[] target, long[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }
}
