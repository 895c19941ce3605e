using FsCheck.Xunit;
using Retroact.Law.Retroactivity;

namespace Retroact.Law.Tests.Retroactivity;

/// <summary>A <see cref="MonthRange"/> holds both ends in one number; nothing of that may show through.</summary>
public class MonthRangeTests
{
    [Property(MaxTest = 5000)]
    public bool Both_ends_come_back_as_given(int minMonths, int maxMonths)
    {
        var range = new MonthRange(minMonths, maxMonths);
        return range.MinMonths == minMonths && range.MaxMonths == maxMonths;
    }

    [Property(MaxTest = 5000)]
    public bool Two_ranges_are_equal_exactly_when_both_ends_are(int minA, int maxA, int minB, int maxB)
    {
        var a = new MonthRange(minA, maxA);
        var b = new MonthRange(minB, maxB);
        var same = minA == minB && maxA == maxB;
        return a.Equals(b) == same && (a == b) == same && (!same || a.GetHashCode() == b.GetHashCode());
    }

    [Theory]
    [InlineData(int.MinValue, int.MaxValue)]
    [InlineData(-1, -1)]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void Extreme_and_negative_ends_do_not_bleed_into_each_other(int minMonths, int maxMonths)
    {
        var range = new MonthRange(minMonths, maxMonths);

        Assert.Equal(minMonths, range.MinMonths);
        Assert.Equal(maxMonths, range.MaxMonths);
    }

    [Fact]
    public void The_default_range_is_zero_to_zero() => Assert.Equal(new MonthRange(0, 0), default);

    [Fact]
    public void With_changes_one_end_and_deconstruction_gives_both()
    {
        var range = new MonthRange(70, 87);

        Assert.Equal(new MonthRange(57, 87), range with { MinMonths = 57 });
        Assert.Equal(new MonthRange(70, 71), range with { MaxMonths = 71 });
        var (min, max) = range;
        Assert.Equal((70, 87), (min, max));
    }

    [Fact]
    public void One_point_ranges_do_not_share_a_hash()
    {
        // Life (470–470) and any capped one-point range are common: the hash must tell them apart.
        var hashes = new[] { new MonthRange(470, 470), new MonthRange(60, 60), new MonthRange(0, 0), new MonthRange(120, 120) }.Select(r => r.GetHashCode());

        Assert.Equal(4, hashes.Distinct().Count());
    }

    [Theory]
    [InlineData(70, 87, "70–87 months")]
    [InlineData(360, 470, "360 months–life")]
    [InlineData(470, 470, "life")]
    public void It_reads_as_before(int minMonths, int maxMonths, string expected) =>
        Assert.Equal(expected, new MonthRange(minMonths, maxMonths).ToString());
}
