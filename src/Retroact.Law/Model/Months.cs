using System.Globalization;

namespace Retroact.Law.Model;

/// <summary>
/// A term of imprisonment in whole months, or life imprisonment. Life compares greater than any number of months.
/// </summary>
public readonly record struct Months : IComparable<Months>
{
    private Months(int count, bool isLife)
    {
        Count = count;
        IsLife = isLife;
    }

    /// <summary>The number of months; 0 when <see cref="IsLife"/> is true.</summary>
    public int Count { get; }

    /// <summary>True for life imprisonment ("life" in the Sentencing Table).</summary>
    public bool IsLife { get; }

    /// <summary>Life imprisonment.</summary>
    public static Months Life { get; } = new(0, true);

    /// <summary>A term of <paramref name="count"/> months; throws when it is negative.</summary>
    public static Months Of(int count) =>
        count >= 0 ? new Months(count, false) : throw new ArgumentOutOfRangeException(nameof(count), count, "A term cannot be negative.");

    /// <summary>The greater of two terms (life is the greatest).</summary>
    public static Months Max(Months a, Months b) => a.CompareTo(b) >= 0 ? a : b;

    /// <summary>The lesser of two terms (life is the greatest).</summary>
    public static Months Min(Months a, Months b) => a.CompareTo(b) <= 0 ? a : b;

    /// <inheritdoc />
    public int CompareTo(Months other) =>
        IsLife ? (other.IsLife ? 0 : 1) : other.IsLife ? -1 : Count.CompareTo(other.Count);

    /// <summary>True when <paramref name="a"/> is shorter than <paramref name="b"/>.</summary>
    public static bool operator <(Months a, Months b) => a.CompareTo(b) < 0;

    /// <summary>True when <paramref name="a"/> is longer than <paramref name="b"/>.</summary>
    public static bool operator >(Months a, Months b) => a.CompareTo(b) > 0;

    /// <summary>True when <paramref name="a"/> is not longer than <paramref name="b"/>.</summary>
    public static bool operator <=(Months a, Months b) => a.CompareTo(b) <= 0;

    /// <summary>True when <paramref name="a"/> is not shorter than <paramref name="b"/>.</summary>
    public static bool operator >=(Months a, Months b) => a.CompareTo(b) >= 0;

    /// <summary>"life" or the number of months.</summary>
    public override string ToString() => IsLife ? "life" : Count.ToString(CultureInfo.InvariantCulture);
}
