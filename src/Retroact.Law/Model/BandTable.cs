namespace Retroact.Law.Model;

/// <summary>Bands that each start at a whole number and run to the next one's start, spread into a look-up by value.</summary>
internal static class BandTable
{
    /// <summary>
    /// An array with, at each value from 0 to the last band's start, the band that contains it. <paramref name="bands"/>
    /// ascend strictly from 0 by <paramref name="start"/> (the loader's checks); a value beyond the array is in the last band.
    /// </summary>
    public static TBand[] ByValue<TBand>(IReadOnlyList<TBand> bands, Func<TBand, int> start)
    {
        var byValue = new TBand[start(bands[^1]) + 1];
        for (var i = 0; i < bands.Count; i++)
        {
            var from = start(bands[i]);
            var until = i + 1 < bands.Count ? start(bands[i + 1]) : byValue.Length;
            byValue.AsSpan(from, until - from).Fill(bands[i]);
        }

        return byValue;
    }
}
