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
            Assert.Equal(rules.BandFor(points).Category, rules.CategoryFor(points));
        }

        Assert.Equal(Cases.CriminalHistoryCategory.III, rules.BandFor(6).Category);
        Assert.Equal(Cases.CriminalHistoryCategory.IV, rules.BandFor(7).Category);
        Assert.Equal(Cases.CriminalHistoryCategory.VI, rules.BandFor(13).Category);
        Assert.Equal(Cases.CriminalHistoryCategory.I, rules.CategoryFor(-1));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(44, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 7)]
    [InlineData(43, 255)]
    public void A_cell_outside_the_sentencing_table_is_an_argument_error(int level, int category)
    {
        var edition = Law.EditionInForce(new LocalDate(2015, 1, 1));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => edition.SentencingTable.Range(level, (Cases.CriminalHistoryCategory)category));
        Assert.Equal(level is < 1 or > 43 ? "level" : "category", error.ParamName);
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
            Assert.Equal(zones.BandFor(Months.Of(minimum)).Zone, zones.ZoneFor(Months.Of(minimum)));
        }

        Assert.Equal(Zone.D, zones.BandFor(Months.Life).Zone);
        Assert.Equal(Zone.D, zones.ZoneFor(Months.Life));
    }
}

/// <summary>The month table of edition starts, on made-up calendars with the cases the real one lacks.</summary>
public class EditionCalendarTests
{
    [Fact]
    public void Every_day_gets_the_last_edition_started_on_or_before_it()
    {
        // The first edition starts mid-month, two start in one month, one on the last day of a month, the last mid-month.
        LocalDate[] starts = [new(2001, 3, 15), new(2001, 11, 1), new(2002, 5, 1), new(2002, 5, 20), new(2002, 5, 28), new(2003, 1, 31), new(2004, 2, 29), new(2005, 7, 10)];
        var calendar = new EditionCalendar(starts);
        for (var day = new LocalDate(2000, 12, 1); day <= new LocalDate(2006, 12, 31); day = day.PlusDays(1))
        {
            Assert.Equal(Array.FindLastIndex(starts, s => s <= day), calendar.PositionOn(day));
        }
    }

    [Fact]
    public void Starts_out_of_order_are_refused() =>
        Assert.Throws<ArgumentException>(() => new EditionCalendar([new LocalDate(2002, 1, 1), new LocalDate(2002, 1, 1)]));
}

/// <summary>A table's level, from the decimal and from a quantity's millionths (worked out once per amount), is the first row whose lower bound the quantity reaches.</summary>
public class DrugQuantityTableMillionthsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public void The_level_from_millionths_is_the_level_from_the_quantity(int places)
    {
        var step = 1m / (decimal)Math.Pow(10, places);
        var bounds = new[] { 1000m + (3 * step), 100m + step, 10m, 1m + (7 * step), 0m };
        var rows = bounds.Select((b, i) => new DrugQuantityRow(30 - (2 * i), b, i == 0 ? null : bounds[i - 1], $"row {i}")).ToArray();
        var table = new DrugQuantityTable("test", "test", "Test", QuantityMeasure.Grams, rows);
        var random = new Random(places);
        var quantities = bounds.SelectMany(b => new[] { b, b - step, b + step, b - (step / 10), b + (step / 10) }).Where(q => q >= 0)
            .Concat(Enumerable.Range(0, 2000).Select(_ => Math.Round((decimal)(random.NextDouble() * 2000), random.Next(0, 10))));
        foreach (var quantity in quantities)
        {
            var level = rows.First(r => quantity >= r.AtLeast).Level;
            Assert.Equal(level, table.LevelFor(quantity));
            Assert.Equal(level, table.LevelFor(quantity, DrugQuantityTable.Millionths(quantity)));
        }
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
