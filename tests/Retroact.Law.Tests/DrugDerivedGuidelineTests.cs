using NodaTime;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Law.Tests;

/// <summary>
/// Guidelines that take their level from the §2D1.1 Drug Quantity Table. §2D1.2(a) (2014/2016 text): "(Apply the
/// greatest): (1) 2 plus the offense level from §2D1.1 applicable to the quantity of controlled substances directly
/// involving a protected location or an underage or pregnant individual; or (2) 1 plus the offense level from §2D1.1
/// applicable to the total quantity ...; or (3) 26, if the offense involved a person less than eighteen years of age; or
/// (4) 13, otherwise." §2D1.5(a): "(Apply the greater): (1) 4 plus the offense level from §2D1.1 applicable to the
/// underlying offense; or (2) 38." Drug levels from §2D1.1(c) (tests/reference/drug-quantity-2013.csv, -2014.csv).
/// </summary>
public class DrugDerivedGuidelineTests
{
    private static readonly LawLibrary Law = LawLibrary.Default;

    /// <summary>
    /// §2D1.2 n.1's example: 5 g of heroin sold near a protected location and 10 g elsewhere. 2014 Manual: (a)(1) 2 + 12
    /// (less than 10 G) = 14; (a)(2) 1 + 14 (10 G to 20 G, 15 g) = 15, as the 2016 note says; greatest 15. The 2013
    /// and 1995 Manuals' lines (unchanged 1994-2014) give (a)(1) 2 + 14 (5 G to 10 G) = 16 and (a)(2) 1 + 16 (10 G to 20 G) = 17.
    /// </summary>
    [Theory]
    [InlineData(2015, 6, 1, 15)]
    [InlineData(2013, 6, 3, 17)]
    [InlineData(1996, 6, 3, 17)]
    public void Section_2D1_2_note_1_example(int y, int m, int d, int expected)
    {
        var on = new LocalDate(y, m, d);
        var result = Calculate(on, "2D1.2", [new DrugAmount("heroin", 15)], [new DrugAmount("heroin", 5)], underage: false);
        Assert.Equal(expected, result.BaseOffenseLevel);
        Assert.Contains(result.Trace, s => s.Step == "§2D1.2(a)(1)" && s.Value == (expected - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(result.Figures, GuidelineCalculator.CalculateFigures(Case(on, "2D1.2", [new DrugAmount("heroin", 15)], [new DrugAmount("heroin", 5)], false), result.Edition));
    }

    /// <summary>2014: heroin 5 g (level 12): (a)(1) 14, (a)(2) 13, (a)(3) 26 with a person under eighteen, else (a)(4) 13 -> 14.</summary>
    [Theory]
    [InlineData(true, 26)]
    [InlineData(false, 14)]
    public void Section_2D1_2_underage_individual_and_otherwise(bool underage, int expected) =>
        Assert.Equal(expected, Calculate(new LocalDate(2015, 6, 1), "2D1.2", [new DrugAmount("heroin", 5)], [new DrugAmount("heroin", 5)], underage).BaseOffenseLevel);

    /// <summary>
    /// §2D1.5: 2014 cocaine 5 kg (5 - 15 kg) = 30 -> 34, below 38 -> 38. 2014 heroin 30 kg (30 - 90 kg) = 36 -> 40.
    /// Nov. 1, 1995 Manual: heroin 30 kg (30 KG or more) = 38 -> 42.
    /// </summary>
    [Theory]
    [InlineData(2015, 6, 1, "cocaine", 5000, 38)]
    [InlineData(2015, 6, 1, "heroin", 30000, 40)]
    [InlineData(1996, 6, 3, "heroin", 30000, 42)]
    public void Section_2D1_5_four_plus_the_drug_level_or_38(int y, int m, int d, string substance, int grams, int expected) =>
        Assert.Equal(expected, Calculate(new LocalDate(y, m, d), "2D1.5", [new DrugAmount(substance, grams)], [], false).BaseOffenseLevel);

    /// <summary>Amendment 782 applied to a 2013 §2D1.2 case lowers it as it lowers §2D1.1 (the retroactivity engine's use).</summary>
    [Fact]
    public void Amendment_782_applied_to_a_2013_edition_lowers_a_2D1_2_level()
    {
        var on = new LocalDate(2013, 6, 3);
        var @case = Case(on, "2D1.2", [new DrugAmount("heroin", 15)], [new DrugAmount("heroin", 5)], false);
        var amended = Law.EditionInForce(on).With(Law.Amendment(782));
        Assert.Equal(15, GuidelineCalculator.CalculateFigures(@case, amended).BaseOffenseLevel);
    }

    [Fact]
    public void Section_2D1_2_without_the_protected_location_quantity_is_refused()
    {
        var @case = Case(new LocalDate(2015, 6, 1), "2D1.2", [new DrugAmount("heroin", 15)], [], false);
        var e = Assert.Throws<CaseCalculationException>(() => GuidelineCalculator.CalculateFigures(@case, Law.EditionInForce(@case.SentencedOn)));
        Assert.Equal("case g: protectedLocationDrugs = (missing): the drugs directly involving a protected location or an underage or pregnant individual (§2D1.2(a)(1))", e.Message);
    }

    [Fact]
    public void The_case_reader_reads_the_2D1_2_fields()
    {
        var read = CaseReader.Read(
            """{"id":"r","sentencedOn":"2015-06-01","guideline":"2D1.2","drugs":[{"substance":"heroin","grams":15}],"protectedLocationDrugs":[{"substance":"heroin","grams":5}],"underageIndividual":true,"offenseLevelAdjustments":0,"criminalHistoryCategory":"I"}""",
            "r.json");
        var @case = Assert.Single(read).Case!;
        Assert.Equal(new DrugAmount("heroin", 5), Assert.Single(@case.ProtectedLocationDrugs));
        Assert.True(@case.UnderageIndividual);
    }

    private static GuidelineResult Calculate(LocalDate on, string guideline, DrugAmount[] drugs, DrugAmount[] protectedDrugs, bool underage) =>
        GuidelineCalculator.Calculate(Case(on, guideline, drugs, protectedDrugs, underage), Law.EditionInForce(on));

    private static Case Case(LocalDate on, string guideline, DrugAmount[] drugs, DrugAmount[] protectedDrugs, bool underage) => new()
    {
        Id = "g",
        SentencedOn = on,
        Guideline = guideline,
        Drugs = [.. drugs],
        ProtectedLocationDrugs = [.. protectedDrugs],
        UnderageIndividual = underage,
        OffenseLevelAdjustments = 0,
        CriminalHistoryCategory = CriminalHistoryCategory.I,
    };
}
