using System.Globalization;

namespace Retroact.Law.Model;

/// <summary>
/// A term of imprisonment in whole months, or life imprisonment. Life compares greater than any number of months.
/// </summary>
public readonly record struct Months : IComparable<Months>
{
    /// <summary>What <see cref="_value"/> holds for life: as an unsigned number, above every count of months.</summary>
    private const int LifeValue = -1;

    /// <summary>The count of months, or <see cref="LifeValue"/>: one number, so comparing two terms is one unsigned comparison.</summary>
    private readonly int _value;

    private Months(int value) => _value = value;

    /// <summary>The value as an unsigned number: the count, or for life the greatest (the project checks arithmetic, so unchecked).</summary>
    private uint Order => unchecked((uint)_value);

    /// <summary>The number of months; 0 when <see cref="IsLife"/> is true.</summary>
    public int Count => IsLife ? 0 : _value;

    /// <summary>True for life imprisonment ("life" in the Sentencing Table).</summary>
    public bool IsLife => _value == LifeValue;

    /// <summary>Life imprisonment.</summary>
    public static Months Life { get; } = new(LifeValue);

    /// <summary>A term of <paramref name="count"/> months; throws when it is negative.</summary>
    public static Months Of(int count) =>
        count >= 0 ? new Months(count) : throw new ArgumentOutOfRangeException(nameof(count), count, "A term cannot be negative.");

    /// <summary>The greater of two terms (life is the greatest).</summary>
    public static Months Max(Months a, Months b) => a >= b ? a : b;

    /// <summary>The lesser of two terms (life is the greatest).</summary>
    public static Months Min(Months a, Months b) => a <= b ? a : b;

    /// <inheritdoc />
    public int CompareTo(Months other) => Order.CompareTo(other.Order);

    /// <summary>True when <paramref name="a"/> is shorter than <paramref name="b"/>.</summary>
    public static bool operator <(Months a, Months b) => a.Order < b.Order;

    /// <summary>True when <paramref name="a"/> is longer than <paramref name="b"/>.</summary>
    public static bool operator >(Months a, Months b) => a.Order > b.Order;

    /// <summary>True when <paramref name="a"/> is not longer than <paramref name="b"/>.</summary>
    public static bool operator <=(Months a, Months b) => a.Order <= b.Order;

    /// <summary>True when <paramref name="a"/> is not shorter than <paramref name="b"/>.</summary>
    public static bool operator >=(Months a, Months b) => a.Order >= b.Order;

    /// <summary>"life" or the number of months.</summary>
    public override string ToString() => IsLife ? "life" : Count.ToString(CultureInfo.InvariantCulture);
}
