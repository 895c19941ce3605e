using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Retroact.Law.Model;

/// <summary>How a substance's quantity is measured in the Drug Quantity Table.</summary>
public enum QuantityMeasure
{
    /// <summary>By weight, in grams (of the mixture, or of the pure substance for an "actual" row).</summary>
    Grams,
    /// <summary>By units (pills, capsules, tablets; USSG §2D1.1(c) note (F)).</summary>
    Units,
}

/// <summary>
/// One §2D1.1(c) line for one substance: quantities of at least <see cref="AtLeast"/> and less than <see cref="LessThan"/>
/// give <see cref="Level"/>.
/// </summary>
/// <param name="Level">The base offense level of the line.</param>
/// <param name="AtLeast">The lower bound, inclusive; 0 for the lowest line ("less than ...").</param>
/// <param name="LessThan">The upper bound, exclusive; <c>null</c> for the highest line ("... or more").</param>
/// <param name="Citation">The section and edition or amendment that set this line.</param>
public sealed record DrugQuantityRow(int Level, decimal AtLeast, decimal? LessThan, string Citation);

/// <summary>
/// The Drug Quantity Table lines (USSG §2D1.1(c)) for one substance in one period. Rows are contiguous and
/// ordered from the highest level down (the loader rejects anything else), so every quantity ≥ 0 has exactly one row.
/// </summary>
public sealed class DrugQuantityTable
{
    /// <summary>Decimal places of the whole-number bounds: millionths of a gram or unit (more if a bound has more places).</summary>
    private const int PreferredScale = 6;

    /// <summary>10^0 to 10^19, the powers an unsigned 64-bit number holds.</summary>
    private static readonly ulong[] PowersOfTen = PowersOfTenUpTo(19);

    /// <summary>For each power of ten, the most digits that times it still fit in a <see cref="long"/> (no division per look-up).</summary>
    private static readonly ulong[] MostDigits = Array.ConvertAll(PowersOfTen, p => (ulong)long.MaxValue / p);

    private readonly DrugQuantityRow[] _rows;
    private readonly int[] _levels;
    private readonly decimal[] _lowerBounds;
    /// <summary>The lower bounds as whole numbers at <see cref="_scale"/>, padded with <see cref="long.MinValue"/> (below every quantity) to whole vectors.</summary>
    private readonly long[]? _scaledBounds;
    private readonly int _scale;

    /// <summary>Builds a table; throws <see cref="ArgumentException"/> naming the row when the rows are not contiguous and descending.</summary>
    /// <param name="source">Where the table comes from (a law file, or a description for a table built in code).</param>
    /// <param name="substance">The substance id.</param>
    /// <param name="name">The substance as the Manual names it.</param>
    /// <param name="measure">Grams or units.</param>
    /// <param name="rows">The lines, highest level first.</param>
    public DrugQuantityTable(string source, string substance, string name, QuantityMeasure measure, IReadOnlyList<DrugQuantityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (FirstProblem(rows) is { } problem)
        {
            throw new ArgumentException($"{source}: {problem}", nameof(rows));
        }


        Source = source;
        Substance = substance;
        Name = name;
        Measure = measure;
        _rows = [.. rows];
        _lowerBounds = Array.ConvertAll(_rows, r => r.AtLeast);
        _levels = Array.ConvertAll(_rows, r => r.Level);
        _scale = Math.Max(PreferredScale, _lowerBounds.Max(b => (int)b.Scale));
        _scaledBounds = _scale < PowersOfTen.Length && _lowerBounds.All(b => b <= long.MaxValue / (decimal)PowersOfTen[_scale])
            ? Padded(Array.ConvertAll(_lowerBounds, b => decimal.ToInt64(b * PowersOfTen[_scale])))
            : null;
    }

    /// <summary>
    /// The first reason <paramref name="rows"/> are not a valid table, naming the row, or <c>null</c> when they are:
    /// levels strictly descending, the top row open-ended, each row's lower bound the next row's upper bound, the bottom row
    /// starting at 0, and every bound increasing upwards.
    /// </summary>
    public static string? FirstProblem(IReadOnlyList<DrugQuantityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return "the table has no rows";
        }

        if (rows[0].LessThan is not null)
        {
            return $"row 1 (level {rows[0].Level}): the highest row must have no upper bound (\"or more\"), found lessThan {rows[0].LessThan}";
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var label = $"row {i + 1} (level {row.Level})";
            if (string.IsNullOrWhiteSpace(row.Citation))
            {
                return $"{label}: missing citation";
            }

            if (row.LessThan is { } upper && row.AtLeast >= upper)
            {
                return $"{label}: thresholds not monotonic: atLeast {row.AtLeast} is not below lessThan {upper}";
            }

            if (i == 0)
            {
                continue;
            }

            var above = rows[i - 1];
            if (row.Level >= above.Level)
            {
                return $"{label}: levels must descend, but level {row.Level} follows level {above.Level}";
            }

            if (row.LessThan != above.AtLeast)
            {
                return row.LessThan < above.AtLeast
                    ? $"{label}: gap between lessThan {row.LessThan} and the next row's atLeast {above.AtLeast}"
                    : $"{label}: overlap between lessThan {row.LessThan} and the next row's atLeast {above.AtLeast}";
            }
        }

        return rows[^1].AtLeast == 0 ? null : $"row {rows.Count} (level {rows[^1].Level}): the lowest row must start at 0 (\"less than ...\"), found atLeast {rows[^1].AtLeast}";
    }

    /// <summary>The law file the table was read from, e.g. "tables/drug-quantity/heroin.1994.json".</summary>
    public string Source { get; }

    /// <summary>The substance id, e.g. "cocaine-base".</summary>
    public string Substance { get; }

    /// <summary>The substance as the Manual names it, e.g. "Cocaine Base".</summary>
    public string Name { get; }

    /// <summary>Grams or units.</summary>
    public QuantityMeasure Measure { get; }

    /// <summary>The lines, highest level first.</summary>
    public IReadOnlyList<DrugQuantityRow> Rows => _rows;

    /// <summary>The line that contains <paramref name="quantity"/> (grams or units, ≥ 0).</summary>
    public DrugQuantityRow RowFor(decimal quantity) => _rows[IndexOf(quantity)];

    /// <summary>The base offense level for <paramref name="quantity"/>; the same as <see cref="RowFor"/> without the row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    public int LevelFor(decimal quantity) => _levels[IndexOf(quantity)];

    /// <summary>
    /// The level for <paramref name="quantity"/>, given <paramref name="millionths"/>, its value from <see cref="Millionths"/>
    /// (worked out once per amount, not once per table read).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision
    internal int LevelFor(decimal quantity, long millionths) =>
        _levels[millionths >= 0 && _scale == PreferredScale && _scaledBounds is { } scaled ? CountAbove(scaled, millionths) : IndexOf(quantity)];

    /// <summary>
    /// floor(<paramref name="quantity"/> × 10^6), what a table whose bounds have at most six decimal places compares (most
    /// tables: see <see cref="IndexOf"/>); -1 when the quantity is negative or that does not fit in a <see cref="long"/>.
    /// </summary>
    internal static long Millionths(decimal quantity) => TryScale(quantity, PreferredScale, out var whole) ? whole : -1;

    /// <summary>
    /// The first row whose lower bound the quantity reaches (the bounds descend to 0): a count of the whole-number bounds when
    /// the quantity has a whole number at their scale (<see cref="TryScale"/>), else a binary search on the decimals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    private int IndexOf(decimal quantity)
    {
        if (_scaledBounds is { } scaled && TryScale(quantity, _scale, out var whole))
        {
            return CountAbove(scaled, whole);
        }

        var bounds = _lowerBounds;
        int low = 0, high = bounds.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (quantity >= bounds[middle])
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>
    /// The row's index for a quantity of <paramref name="whole"/> (at the bounds' scale): the bounds descend strictly to 0, so
    /// it is the number of bounds above the quantity. Counted four bounds at a time where the processor has 256-bit vectors
    /// (the ≈ 17 bounds are padded to whole vectors with bounds below every quantity), one at a time, without branches,
    /// elsewhere. unchecked: the count is at most the length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountAbove(long[] scaled, long whole)
    {
        var above = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var quantity = Vector256.Create(whole);
            ref var first = ref MemoryMarshal.GetArrayDataReference(scaled);
            for (var i = 0; i < scaled.Length; i += Vector256<long>.Count)
            {
                var greater = Vector256.GreaterThan(Vector256.LoadUnsafe(ref first, (nuint)i), quantity);
                above = unchecked(above + BitOperations.PopCount(greater.ExtractMostSignificantBits()));
            }

            return above;
        }

        foreach (var bound in scaled)
        {
            above = unchecked(above + (bound > whole ? 1 : 0));
        }

        return above;
    }

    /// <summary><paramref name="bounds"/> followed by <see cref="long.MinValue"/> up to a whole number of 256-bit vectors.</summary>
    private static long[] Padded(long[] bounds)
    {
        var padded = new long[(bounds.Length + Vector256<long>.Count - 1) / Vector256<long>.Count * Vector256<long>.Count];
        padded.AsSpan().Fill(long.MinValue);
        bounds.CopyTo(padded, 0);
        return padded;
    }

    /// <summary>
    /// floor(<paramref name="quantity"/> × 10^<paramref name="scale"/>), when the quantity is not negative, its digits fit in
    /// 64 bits and the result in a <see cref="long"/>; false otherwise. Exact: with q = m / 10^s (m its digits, s its scale),
    /// the result is m × 10^(scale − s) when s ≤ scale and the integer quotient m / 10^(s − scale) otherwise. For a bound b
    /// with at most <paramref name="scale"/> places, B = b × 10^scale is a whole number, and q ≥ b ⇔ q × 10^scale ≥ B ⇔
    /// floor(q × 10^scale) ≥ B (the floor of x reaches the whole number B exactly when x does), so comparing the whole numbers
    /// gives the decimal comparison's answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    private static bool TryScale(decimal quantity, int scale, out long whole)
    {
        var buffer = default(DecimalBits);
        decimal.GetBits(quantity, buffer);
        var parts = MemoryMarshal.Cast<int, uint>((Span<int>)buffer);
        whole = 0;
        const uint SignBit = 0x8000_0000;
        if (parts[2] != 0 || (parts[3] & SignBit) != 0)
        {
            return false;
        }

        var digits = ((ulong)parts[1] << 32) | parts[0];
        var places = (int)((parts[3] >> 16) & 0xFF);
        ulong result;
        if (places <= scale)
        {
            if (digits > MostDigits[scale - places])
            {
                return false;
            }

            result = digits * PowersOfTen[scale - places];
        }
        else
        {
            result = places - scale < PowersOfTen.Length ? digits / PowersOfTen[places - scale] : 0;
            if (result > long.MaxValue)
            {
                return false;
            }
        }

        whole = (long)result;
        return true;
    }

    private static ulong[] PowersOfTenUpTo(int exponent)
    {
        var powers = new ulong[exponent + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>Room for a decimal's four 32-bit parts (<see cref="decimal.GetBits(decimal, Span{int})"/>) on the stack.</summary>
    [InlineArray(4)]
    private struct DecimalBits
    {
        private int _part;
    }
}
