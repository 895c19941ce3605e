using System.Runtime.CompilerServices;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// Month arithmetic shared by every §1B1.10 computation: the life convention and the rounding rule.
/// </summary>
public static class MonthArithmetic
{
    /// <summary>
    /// A life term, or a range ending in life, counts as 470 months: the U.S. Sentencing Commission's SENTTOT
    /// convention in its datafiles and impact estimates. A computed term of 470 is written back as life.
    /// </summary>
    public const int Life = 470;

    /// <summary>
    /// Rounds <paramref name="numerator"/> / <paramref name="denominator"/> to the nearest whole month, halves up
    /// (40.5 → 41), never to even. Both arguments must be non-negative and the denominator positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative numerator or a denominator that is not positive.</exception>
    public static int RoundHalfUp(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        return (int)(((2 * numerator) + denominator) / (2 * denominator));
    }

    /// <summary>The month count of a term, life counted as <see cref="Life"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined in the Native AOT build too
    public static int Count(Model.Months term) => term.IsLife ? Life : term.Count;

    /// <summary>Writes a month count for a reader: "life" for <see cref="Life"/>, otherwise "N months".</summary>
    public static string Describe(int months) => months == Life ? "life" : $"{months} months";
}
