namespace Retroact.Impact.Discretion;

/// <summary>The spread of one figure over the draws: the mean and the 5th and 95th percentiles (nearest-rank method).</summary>
/// <param name="Mean">The mean over the draws.</param>
/// <param name="P5">The 5th percentile: the value at rank ⌈0.05 N⌉ of the N sorted draws.</param>
/// <param name="P95">The 95th percentile: the value at rank ⌈0.95 N⌉ of the N sorted draws.</param>
public sealed record Distribution(decimal Mean, decimal P5, decimal P95)
{
    /// <summary>Summarises whole-number draws, each divided by <paramref name="scale"/> and rounded to <paramref name="decimals"/> places (half away from zero).</summary>
    public static Distribution Of(long[] draws, decimal scale, int decimals)
    {
        var sorted = draws.Order().ToArray();
        var sum = sorted.Aggregate(0m, (total, x) => total + x);
        decimal At(int percent) => Round(sorted[Math.Max(0, (int)Math.Ceiling(sorted.Length * percent / 100.0) - 1)] / scale);
        decimal Round(decimal x) => Math.Round(x, decimals, MidpointRounding.AwayFromZero);
        return new Distribution(Round(sum / sorted.Length / scale), At(5), At(95));
    }
}
