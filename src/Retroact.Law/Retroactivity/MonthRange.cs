using System.Runtime.CompilerServices;
using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// A guideline range of imprisonment in months, both ends inclusive; a range ending in life has
/// <see cref="MaxMonths"/> = <see cref="MonthArithmetic.Life"/> (470), and the life-only range of level 43 is 470–470.
/// </summary>
/// <param name="MinMonths">The bottom of the range in months (0 or more).</param>
/// <param name="MaxMonths">The top of the range in months, at least <paramref name="MinMonths"/>.</param>
public readonly record struct MonthRange(int MinMonths, int MaxMonths)
{
    /// <summary>The months of a Sentencing Table range, life counted as <see cref="MonthArithmetic.Life"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    public static MonthRange From(SentenceRange range) => new(MonthArithmetic.Count(range.Minimum), MonthArithmetic.Count(range.Maximum));

    /// <summary>The range restricted by a statutory maximum as §5G1.1(a), (c)(1) do; unchanged when <paramref name="maximumMonths"/> is <c>null</c> (life).</summary>
    public MonthRange CappedAt(int? maximumMonths) => maximumMonths switch
    {
        null => this,
        { } max when max < MinMonths => new(max, max),
        { } max => new(MinMonths, Math.Min(MaxMonths, max)),
    };

    /// <summary>True when the range ends in life.</summary>
    public bool EndsInLife => MaxMonths == MonthArithmetic.Life;

    /// <summary>True when <paramref name="months"/> lies within the range, ends included.</summary>
    public bool Contains(int months) => months >= MinMonths && months <= MaxMonths;

    /// <summary>Writes the range as the Sentencing Table does, e.g. "70–87 months" or "360 months–life".</summary>
    public override string ToString() => (MinMonths, MaxMonths) switch
    {
        (MonthArithmetic.Life, MonthArithmetic.Life) => "life",
        (_, MonthArithmetic.Life) => $"{MinMonths} months–life",
        _ => $"{MinMonths}–{MaxMonths} months",
    };
}
