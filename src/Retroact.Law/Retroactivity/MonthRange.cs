using System.Runtime.CompilerServices;
using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// A guideline range of imprisonment in months, both ends inclusive; a range ending in life has
/// <see cref="MaxMonths"/> = <see cref="MonthArithmetic.Life"/> (470), and the life-only range of level 43 is 470–470.
/// </summary>
/// <remarks>
/// Both ends are held in one 64-bit number, so a range is written by one store: a range read back right after it was
/// written (a decision's summary, then its reduction facts) is then served from the processor's store buffer, where two
/// four-byte halves read as one eight-byte value would stall the load.
/// </remarks>
public readonly record struct MonthRange
{
    // The bottom end in the low 32 bits, the top end in the high 32 bits, each as its two's-complement bits.
    private readonly ulong _ends;

    /// <summary>A range from <paramref name="minMonths"/> to <paramref name="maxMonths"/>.</summary>
    /// <param name="minMonths">The bottom of the range in months (0 or more).</param>
    /// <param name="maxMonths">The top of the range in months, at least <paramref name="minMonths"/>.</param>
    public MonthRange(int minMonths, int maxMonths) => _ends = Pack(minMonths, maxMonths);

    /// <summary>The bottom of the range in months.</summary>
    public int MinMonths
    {
        // unchecked: the casts reinterpret bits (a negative end round-trips), they do not convert numbers.
        get => unchecked((int)(uint)_ends);
        init => _ends = Pack(value, MaxMonths);
    }

    /// <summary>The top of the range in months (<see cref="MonthArithmetic.Life"/> for a range ending in life).</summary>
    public int MaxMonths
    {
        get => unchecked((int)(uint)(_ends >> 32));
        init => _ends = Pack(MinMonths, value);
    }

    /// <summary>The two ends, for <c>var (min, max) = range</c>.</summary>
    public void Deconstruct(out int minMonths, out int maxMonths) => (minMonths, maxMonths) = (MinMonths, MaxMonths);

    /// <summary>A hash of both ends (the packed number's own hash would make every one-point range, such as life, collide).</summary>
    public override int GetHashCode() => HashCode.Combine(MinMonths, MaxMonths);

    // unchecked: reinterprets each end's bits as an unsigned half of the number (a negative end is not an overflow).
    private static ulong Pack(int minMonths, int maxMonths) => unchecked((uint)minMonths | ((ulong)(uint)maxMonths << 32));

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
