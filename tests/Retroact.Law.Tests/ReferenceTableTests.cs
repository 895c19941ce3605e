using NodaTime;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Retroact.Law.Tracing;

namespace Retroact.Law.Tests;

/// <summary>
/// Every Sentencing Table cell and zone, and every Drug Quantity Table row boundary (at the threshold, just below it, and
/// just below the upper bound) of every substance in every edition, against the reference CSVs read here.
/// </summary>
public class ReferenceTableTests
{
    private static readonly LawLibrary Law = LawLibrary.Default;
    private static readonly LocalDate Zones2010 = new(2010, 11, 1);
    private const decimal JustBelow = 0.0001m;

    private static readonly Dictionary<string, string> Ids = new()
    {
        ["Heroin"] = "heroin", ["Cocaine"] = "cocaine", ["Cocaine Base"] = "cocaine-base", ["PCP"] = "pcp", ["PCP (actual)"] = "pcp-actual",
        ["Methamphetamine"] = "methamphetamine", ["Methamphetamine (actual)"] = "methamphetamine-actual", ["Ice"] = "ice",
        ["Amphetamine"] = "amphetamine", ["Amphetamine (actual)"] = "amphetamine-actual", ["LSD"] = "lsd", ["Fentanyl"] = "fentanyl",
        ["Fentanyl Analogue"] = "fentanyl-analogue", ["Marihuana"] = "marihuana", ["Hashish"] = "hashish", ["Hashish Oil"] = "hashish-oil",
        ["Ketamine"] = "ketamine", ["Schedule I or II Depressants"] = "schedule-i-ii-depressants", ["Flunitrazepam"] = "flunitrazepam",
        ["Schedule III Hydrocodone"] = "schedule-iii-hydrocodone", ["Schedule III substances (except Ketamine or Hydrocodone)"] = "schedule-iii",
        ["Schedule IV substances (except Flunitrazepam)"] = "schedule-iv", ["Schedule V substances"] = "schedule-v",
    };

    [Fact]
    public void Every_sentencing_table_cell_and_zone_matches_the_reference_in_every_edition()
    {
        var rows = ReferenceCsv.Read("sentencing-table.csv");
        Assert.Equal(258, rows.Count);
        foreach (var edition in Law.Editions)
        {
            foreach (var row in rows)
            {
                var level = int.Parse(row["offense_level"], null);
                Assert.True(CaseReader.TryParseCategory(row["criminal_history_category"], out var category));
                var lookup = GuidelineCalculator.Range(edition, level, category);
                var cell = $"{edition.Name} level {level} {category}";
                Assert.True(row["range_months"] == Text(lookup.Range), $"{cell}: {Text(lookup.Range)} != {row["range_months"]}");
                Assert.True(Months(row["min_months"]) == lookup.Range.Minimum, cell);
                Assert.True(Months(row["max_months"]) == lookup.Range.Maximum, cell);
                var zone = edition.EffectiveFrom >= Zones2010 ? row["zone_nov2010_to_present"] : row["zone_nov1992_to_oct2010"];
                Assert.True(zone == lookup.Zone.ToString(), $"{cell}: zone {lookup.Zone} != {zone}");
            }
        }
    }

    public static TheoryData<string, string, string, string?> Tables() => new()
    {
        // CSV, first day, last day (null: still in force), only this substance (null: all in the file)
        { "drug-quantity-2013.csv", "1994-11-01", "2014-10-31", null },
        { "drug-quantity-2014.csv", "2014-11-01", "", null },
        { "drug-quantity-crack-pre2007.csv", "1994-11-01", "2007-10-31", null },
        { "drug-quantity-crack-2007.csv", "2007-11-01", "2010-10-31", null },
        { "drug-quantity-units-2013.csv", "2009-11-01", "2014-10-31", null },
        { "drug-quantity-units-2014.csv", "2014-11-01", "", null },
    };

    /// <summary>The first day each 2013-table substance's lines stood as in the CSV (issue 2; legal-facts.md §2b).</summary>
    private static readonly Dictionary<string, LocalDate> Since2013 = new()
    {
        ["methamphetamine"] = new(1997, 11, 1), ["methamphetamine-actual"] = new(2000, 11, 1), ["ice"] = new(2000, 11, 1),
        ["amphetamine"] = new(2001, 5, 1), ["amphetamine-actual"] = new(2001, 5, 1), ["cocaine-base"] = new(2010, 11, 1),
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_row_boundary_of_every_substance_matches_the_reference_in_every_edition_it_governs(string csv, string from, string until, string? only)
    {
        var rows = ReferenceCsv.Read(csv).Where(r => only is null || Ids[r["substance"]] == only).ToList();
        var units = csv.Contains("units", StringComparison.Ordinal);
        var checkedCount = 0;
        foreach (var group in rows.GroupBy(r => Ids[r["substance"]]))
        {
            var substance = group.Key;
            var first = LocalDate.FromDateTime(DateTime.Parse(from, null));
            if (csv == "drug-quantity-2013.csv" && Since2013.TryGetValue(substance, out var since))
            {
                first = since;
            }

            LocalDate? last = until.Length == 0 ? null : LocalDate.FromDateTime(DateTime.Parse(until, null));
            if (substance == "schedule-iii-hydrocodone" && csv == "drug-quantity-units-2014.csv")
            {
                last = new LocalDate(2015, 10, 31);
            }

            var governed = Law.Editions.Where(e => e.EffectiveFrom >= first && (last is null || e.EffectiveFrom <= last)).ToList();
            Assert.NotEmpty(governed);
            foreach (var edition in governed)
            {
                var ordered = group.OrderByDescending(r => int.Parse(r["base_offense_level"], null)).ToList();
                for (var i = 0; i < ordered.Count; i++)
                {
                    var r = ordered[i];
                    var level = int.Parse(r["base_offense_level"], null);
                    var min = ReferenceCsv.Number(r[units ? "min_units" : "min_grams"]);
                    var max = ReferenceCsv.Number(r[units ? "max_units" : "max_grams"]);
                    var where = $"{csv} {substance} level {level} in the {edition.Name}";
                    if (min is { } atLeast)
                    {
                        Assert.True(level == LevelOf(substance, atLeast, units, edition), $"{where}: at {atLeast}");
                        var below = int.Parse(ordered[i + 1]["base_offense_level"], null);
                        Assert.True(below == LevelOf(substance, atLeast - JustBelow, units, edition), $"{where}: just below {atLeast}");
                    }

                    if (max is { } lessThan)
                    {
                        Assert.True(level == LevelOf(substance, lessThan - JustBelow, units, edition), $"{where}: just below {lessThan}");
                    }
                    else
                    {
                        Assert.True(level == LevelOf(substance, min!.Value * 1000, units, edition), $"{where}: far above");
                    }

                    checkedCount++;
                }
            }

            var source = governed[0].DrugQuantityFor(substance)!.Source;
            Assert.All(governed, e => Assert.Equal(source, e.DrugQuantityFor(substance)!.Source));
            foreach (var edition in Law.Editions.Where(e => e.EffectiveFrom < first || (last is { } end && e.EffectiveFrom > end)))
            {
                Assert.NotEqual(source, edition.DrugQuantityFor(substance)?.Source);
            }
        }

        Assert.True(checkedCount > 0);
    }

    [Fact]
    public void A_substance_before_its_lines_took_effect_is_an_error_naming_the_substance_and_the_date()
    {
        var edition = Law.EditionInForce(new LocalDate(1996, 3, 1));
        var e = Assert.Throws<CaseCalculationException>(() =>
            DrugQuantityCalculator.Level("m96", [new DrugAmount("methamphetamine", 100)], edition, default(NoTrace)));
        Assert.Equal(
            "case m96: drugs = methamphetamine: a substance with §2D1.1(c) lines or a marihuana equivalency encoded for the Nov. 1, 1995 Manual (in force from 1995-11-01): methamphetamine has neither for that date",
            e.Message);
    }

    [Fact]
    public void A_quantity_in_the_wrong_measure_is_an_error_not_a_guess()
    {
        var edition = Law.EditionInForce(new LocalDate(2015, 3, 1));
        var e = Assert.Throws<CaseCalculationException>(() =>
            DrugQuantityCalculator.Level("u1", [new DrugAmount("heroin", Units: 100)], edition, default(NoTrace)));
        Assert.Equal("case u1: drugs[0] = heroin grams (none), units 100: exactly one quantity, above 0, in grams for heroin", e.Message);
    }

    private static int LevelOf(string substance, decimal quantity, bool units, ManualEdition edition) =>
        DrugQuantityCalculator.Level(
            "boundary",
            [units ? new DrugAmount(substance, Units: quantity) : new DrugAmount(substance, Grams: quantity)],
            edition,
            default(NoTrace));

    private static Months Months(string text) => text == "life" ? Model.Months.Life : Model.Months.Of(int.Parse(text, null));

    private static string Text(SentenceRange range) => range.Minimum.IsLife ? "life" : $"{range.Minimum}-{range.Maximum}";
}
