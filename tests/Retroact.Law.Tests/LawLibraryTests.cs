using NodaTime;
using Retroact.Law.Model;

namespace Retroact.Law.Tests;

public class LawLibraryTests
{
    private static readonly LawLibrary Law = LawLibrary.Default;

    [Fact]
    public void Embedded_law_has_every_edition_from_november_1994_in_date_order()
    {
        Assert.Equal(
            ["1994-11-01", "1997-11-01", "2000-11-01", "2001-05-01", "2002-11-01", "2003-11-01", "2004-11-01", "2007-11-01",
             "2008-05-01", "2009-11-01", "2010-11-01", "2011-11-01", "2014-11-01", "2015-11-01", "2023-11-01", "2025-11-01"],
            Law.Editions.Select(e => e.EffectiveFrom.ToString("yyyy-MM-dd", null)));
        Assert.Equal(new LocalDate(2014, 10, 31), Law.Editions[11].EffectiveUntil);
        Assert.Null(Law.Editions[^1].EffectiveUntil);
    }

    [Theory]
    [InlineData(2014, 11, 1, 782, true)]
    [InlineData(2014, 10, 31, 782, false)]
    [InlineData(2007, 11, 1, 706, true)]
    [InlineData(2007, 11, 1, 711, true)]
    [InlineData(2008, 4, 30, 715, false)]
    [InlineData(2008, 5, 1, 715, true)]
    [InlineData(2012, 6, 1, 750, true)]
    public void Each_edition_knows_the_amendments_it_includes(int y, int m, int d, int amendment, bool included) =>
        Assert.Equal(included, Law.EditionInForce(new LocalDate(y, m, d)).Includes(amendment));

    [Fact]
    public void Editions_share_every_table_an_amendment_did_not_replace()
    {
        var e2013 = Law.EditionInForce(new LocalDate(2013, 11, 1));
        var e2014 = Law.EditionInForce(new LocalDate(2014, 11, 1));
        Assert.Same(Law.Editions[0].SentencingTable, e2014.SentencingTable);
        Assert.Same(Law.Editions[0].DrugQuantity["heroin"], e2013.DrugQuantity["heroin"]);
        Assert.NotSame(e2013.DrugQuantity["heroin"], e2014.DrugQuantity["heroin"]);
        Assert.Same(e2013.MitigatingRoleCap, e2014.MitigatingRoleCap);
    }

    [Fact]
    public void Applying_782_to_the_2013_edition_gives_the_2014_drug_tables_and_keeps_the_rest()
    {
        var e2013 = Law.EditionInForce(new LocalDate(2013, 11, 1));
        var amended = e2013.With(Law.Amendment(782));
        Assert.True(amended.Includes(782));
        Assert.True(amended.Includes(750));
        Assert.Same(Law.EditionInForce(new LocalDate(2014, 11, 1)).DrugQuantity["cocaine-base"], amended.DrugQuantity["cocaine-base"]);
        Assert.Same(e2013.Zones, amended.Zones);
        Assert.Equal("Nov. 1, 2011 Manual as amended by 782", amended.Name);
        Assert.Same(amended, amended.With(Law.Amendment(782)));
    }

    [Fact]
    public void A_date_before_the_first_edition_is_an_error_naming_the_date()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Law.EditionInForce(new LocalDate(1994, 10, 31)));
        Assert.StartsWith("no Guidelines Manual edition is encoded for 1994-10-31: the first encoded edition took effect 1994-11-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Substances_without_encoded_lines_are_absent_not_guessed()
    {
        Assert.Null(Law.EditionInForce(new LocalDate(1996, 1, 1)).DrugQuantityFor("methamphetamine"));
        Assert.NotNull(Law.EditionInForce(new LocalDate(1997, 11, 1)).DrugQuantityFor("methamphetamine"));
        Assert.Null(Law.EditionInForce(new LocalDate(2001, 4, 30)).DrugQuantityFor("amphetamine"));
    }

    [Fact]
    public void Statute_thresholds_for_cocaine_base_change_with_the_fair_sentencing_act()
    {
        Assert.Equal(5m, Law.DrugStatute.ThresholdFor("cocaine-base", new LocalDate(2010, 8, 2))!.FiveYearAtLeast);
        Assert.Equal(28m, Law.DrugStatute.ThresholdFor("cocaine-base", new LocalDate(2010, 8, 3))!.FiveYearAtLeast);
        Assert.Equal(280m, Law.DrugStatute.ThresholdFor("cocaine-base", new LocalDate(2015, 1, 1))!.TenYearAtLeast);
    }

    [Theory]
    [InlineData(2023, 10, 31, 0, 2)]
    [InlineData(2023, 10, 31, 12, 2)]
    [InlineData(2023, 11, 1, 6, 0)]
    [InlineData(2023, 11, 1, 7, 1)]
    public void Status_points_before_and_after_amendment_821(int y, int m, int d, int otherPoints, int statusPoints) =>
        Assert.Equal(statusPoints, Law.EditionInForce(new LocalDate(y, m, d)).StatusPoints.PointsFor(otherPoints));

    [Fact]
    public void Zero_point_offender_adjustment_exists_from_november_2023()
    {
        Assert.Null(Law.EditionInForce(new LocalDate(2023, 10, 31)).ZeroPointOffender);
        var rule = Law.EditionInForce(new LocalDate(2023, 11, 1)).ZeroPointOffender!;
        Assert.Equal(2, rule.Decrease);
        Assert.Contains("aggravating-role", rule.Disqualifiers);
        Assert.Contains("weapon", rule.Disqualifiers);
    }

    [Fact]
    public void Career_offender_table_gives_the_level_for_the_statutory_maximum()
    {
        var table = Law.Editions[^1].CareerOffender;
        Assert.Equal(37, table.RowFor(Months.Life)!.Level);
        Assert.Equal(34, table.RowFor(Months.Of(480))!.Level);
        Assert.Equal(32, table.RowFor(Months.Of(240))!.Level);
        Assert.Equal(29, table.RowFor(Months.Of(239))!.Level);
        Assert.Equal(17, table.RowFor(Months.Of(60))!.Level);
        Assert.Equal(12, table.RowFor(Months.Of(13))!.Level);
        Assert.Null(table.RowFor(Months.Of(12)));
    }
}
