using NodaTime;
using Retroact.Law.Model;

namespace Retroact.Law.Tests;

/// <summary>The look-up tables behind terms, criminal history bands and zones agree with their definitions.</summary>
public class LookupTests
{
    private static readonly LawLibrary Law = LawLibrary.Default;

    [Fact]
    public void Life_is_longer_than_any_number_of_months_and_equal_only_to_itself()
    {
        Months[] ascending = [Months.Of(0), Months.Of(1), Months.Of(360), Months.Of(int.MaxValue), Months.Life];
        for (var i = 0; i < ascending.Length; i++)
        {
            for (var j = 0; j < ascending.Length; j++)
            {
                Assert.Equal(i.CompareTo(j), Math.Sign(ascending[i].CompareTo(ascending[j])));
                Assert.Equal(i < j, ascending[i] < ascending[j]);
                Assert.Equal(i >= j, ascending[i] >= ascending[j]);
                Assert.Equal(i == j, ascending[i] == ascending[j]);
                Assert.Equal(ascending[Math.Max(i, j)], Months.Max(ascending[i], ascending[j]));
                Assert.Equal(ascending[Math.Min(i, j)], Months.Min(ascending[i], ascending[j]));
            }
        }

        Assert.True(Months.Life.IsLife);
        Assert.Equal(0, Months.Life.Count);
        Assert.False(Months.Of(0).IsLife);
        Assert.Equal(Months.Of(0), default);
        Assert.Throws<ArgumentOutOfRangeException>(() => Months.Of(-1));
    }

    [Fact]
    public void Every_number_of_points_falls_in_the_last_band_it_reaches()
    {
        var rules = Law.EditionInForce(new LocalDate(2015, 1, 1)).CriminalHistory;
        for (var points = 0; points <= 40; points++)
        {
            Assert.Same(rules.Bands.Last(b => b.FromPoints <= points), rules.BandFor(points));
        }

        Assert.Equal(Cases.CriminalHistoryCategory.III, rules.BandFor(6).Category);
        Assert.Equal(Cases.CriminalHistoryCategory.IV, rules.BandFor(7).Category);
        Assert.Equal(Cases.CriminalHistoryCategory.VI, rules.BandFor(13).Category);
    }

    [Theory]
    [InlineData(2009, 1, 1)]
    [InlineData(2011, 1, 1)]
    public void Every_range_minimum_falls_in_the_last_zone_it_reaches_and_life_in_zone_d(int year, int month, int day)
    {
        var zones = Law.EditionInForce(new LocalDate(year, month, day)).Zones;
        for (var minimum = 0; minimum <= 400; minimum++)
        {
            Assert.Same(zones.Bands.Last(b => b.MinimumFrom <= minimum), zones.BandFor(Months.Of(minimum)));
        }

        Assert.Equal(Zone.D, zones.BandFor(Months.Life).Zone);
    }
}

/// <summary>What a drug amount works out once (its measure and its value in millionths) follows every way it is built.</summary>
public class DrugAmountTests
{
    [Fact]
    public void A_quantity_changed_with_a_with_expression_is_measured_again()
    {
        var grams = new Cases.DrugAmount("heroin", 1.5m);
        var units = grams with { Grams = null, Units = 400m };
        var both = grams with { Units = 2m };

        Assert.Equal(QuantityMeasure.Grams, grams.Given);
        Assert.Equal(1_500_000, grams.Millionths);
        Assert.Equal(QuantityMeasure.Units, units.Given);
        Assert.Equal(400_000_000, units.Millionths);
        Assert.Null(both.Given);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void A_quantity_that_is_not_above_zero_has_no_measure(string grams) =>
        Assert.Null(new Cases.DrugAmount("heroin", decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture)).Given);

    [Fact]
    public void Millionths_are_floored_and_beyond_a_long_are_not_given()
    {
        Assert.Equal(1_234_567, DrugQuantityTable.Millionths(1.2345678m));
        Assert.Equal(-1, DrugQuantityTable.Millionths(-0.5m));
        Assert.Equal(-1, DrugQuantityTable.Millionths(decimal.MaxValue));
    }
}
