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
            ["1994-11-01", "1995-11-01", "1996-11-01", "1997-11-01", "1998-11-01", "2000-11-01", "2001-05-01", "2001-11-01",
             "2002-11-01", "2003-11-01", "2004-11-01", "2005-11-01", "2006-11-01", "2007-11-01", "2008-03-03", "2008-05-01",
             "2008-11-01", "2009-11-01", "2010-11-01", "2011-11-01", "2012-11-01", "2013-11-01", "2014-11-01", "2015-11-01",
             "2016-11-01", "2018-11-01", "2021-11-01", "2023-11-01", "2024-11-01", "2025-11-01"],
            Law.Editions.Select(e => e.EffectiveFrom.ToString("yyyy-MM-dd", null)));
        Assert.Equal(new LocalDate(2014, 10, 31), Law.EditionInForce(new LocalDate(2013, 11, 1)).EffectiveUntil);
        Assert.Null(Law.Editions[^1].EffectiveUntil);
    }

    /// <summary>
    /// The edition named is the Manual in force on the date: a Manual every Nov. 1 it was issued (none in 1999, 2017,
    /// 2019, 2020, 2022, when no amendment took effect), the Nov. 1, 1996 amendments, and the supplements of May 1, 2001
    /// (Amend. 610), Mar. 3, 2008 (Amends. 712, 713) and May 1, 2008 (Amend. 715).
    /// </summary>
    [Theory]
    [InlineData(1996, 5, 1, "Nov. 1, 1995 Manual")]
    [InlineData(2000, 6, 1, "Nov. 1, 1998 Manual")]
    [InlineData(2001, 6, 1, "Nov. 1, 2000 Manual as amended May 1, 2001 (emergency Amend. 610)")]
    [InlineData(2008, 4, 1, "Nov. 1, 2007 Manual as amended Mar. 3, 2008 (Amends. 712, 713)")]
    [InlineData(2008, 6, 1, "Nov. 1, 2007 Manual as amended May 1, 2008 (Amend. 715)")]
    [InlineData(2009, 1, 1, "Nov. 1, 2008 Manual")]
    [InlineData(2013, 6, 1, "Nov. 1, 2012 Manual")]
    [InlineData(2017, 6, 1, "Nov. 1, 2016 Manual")]
    [InlineData(2020, 6, 1, "Nov. 1, 2018 Manual")]
    [InlineData(2022, 6, 1, "Nov. 1, 2021 Manual")]
    [InlineData(2024, 12, 1, "Nov. 1, 2024 Manual")]
    public void The_edition_in_force_names_the_manual_in_force(int y, int m, int d, string name) =>
        Assert.Equal(name, Law.EditionInForce(new LocalDate(y, m, d)).Name);

    /// <summary>
    /// The look-up table agrees on every day with the definition: the last edition that took effect on or before the date,
    /// none before the first; including the days around the mid-month starts (Mar. 3, 2008) and after the last edition.
    /// </summary>
    [Fact]
    public void The_edition_in_force_on_every_day_is_the_last_one_started_on_or_before_it()
    {
        for (var day = new LocalDate(1994, 10, 1); day <= new LocalDate(2027, 12, 31); day = day.PlusDays(1))
        {
            var expected = Law.Editions.LastOrDefault(e => e.EffectiveFrom <= day);
            Assert.Equal(expected is not null, Law.TryEditionInForce(day, out var found));
            Assert.Same(expected, found);
        }

        Assert.Equal("Nov. 1, 2007 Manual", Law.EditionInForce(new LocalDate(2008, 3, 2)).Name);
        Assert.Equal("Nov. 1, 2007 Manual as amended Mar. 3, 2008 (Amends. 712, 713)", Law.EditionInForce(new LocalDate(2008, 3, 3)).Name);
        Assert.False(Law.TryEditionInForce(new LocalDate(1994, 10, 31), out _));
    }

    [Fact]
    public void An_edition_whose_amendments_change_no_encoded_law_shares_every_table_of_the_previous_one()
    {
        var e2011 = Law.EditionInForce(new LocalDate(2012, 10, 31));
        var e2012 = Law.EditionInForce(new LocalDate(2012, 11, 1));
        Assert.NotSame(e2011, e2012);
        Assert.Same(e2011.SentencingTable, e2012.SentencingTable);
        Assert.Same(e2011.Zones, e2012.Zones);
        Assert.Same(e2011.DrugQuantity, e2012.DrugQuantity);
        Assert.Same(e2011.Equivalency, e2012.Equivalency);
        Assert.Same(e2011.MitigatingRoleCap, e2012.MitigatingRoleCap);
        Assert.Same(e2011.SafetyValveFloor, e2012.SafetyValveFloor);
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

    /// <summary>
    /// §5C1.2(b): no floor until Amend. 624 (eff. Nov. 1, 2001) inserted subsection (b), "not less than level 17"; that
    /// text stands through the 2016 Manual; the 2025 Manual has the 24-30 month range floor.
    /// </summary>
    [Theory]
    [InlineData(1994, 11, 1, "none")]
    [InlineData(2001, 10, 31, "none")]
    [InlineData(2001, 11, 1, "17")]
    [InlineData(2011, 10, 31, "17")]
    [InlineData(2016, 11, 1, "17")]
    [InlineData(2025, 11, 1, "24-30")]
    public void The_safety_valve_floor_follows_amendment_624(int y, int m, int d, string expected)
    {
        var floor = Law.EditionInForce(new LocalDate(y, m, d)).SafetyValveFloor;
        Assert.Equal(expected, floor switch
        {
            NoSafetyValveFloor => "none",
            OffenseLevelFloor level => level.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            RangeFloor range => $"{range.MinimumMonths}-{range.MaximumMonths}",
            _ => "other",
        });
    }

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
        Assert.Equal("Nov. 1, 2013 Manual as amended by 782", amended.Name);
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
