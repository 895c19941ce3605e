using NodaTime;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Law.Tests;

/// <summary>
/// USSG §2D1.1(c), Notes to Drug Quantity Table (B): "In the case of a mixture or substance containing PCP, amphetamine or
/// methamphetamine, use the offense level determined by the entire weight of the mixture or substance, or the offense
/// level determined by the weight of the PCP (actual), amphetamine (actual), or methamphetamine (actual), whichever is
/// greater." A mixture id and its "-actual" id in one case describe one substance: never added together.
/// Levels from §2D1.1(c) (tests/reference/drug-quantity-2013.csv and -2014.csv); equivalencies from n.8(D) (2014):
/// 1 g methamphetamine = 2 kg, 1 g methamphetamine (actual) = 20 kg, 1 g cocaine = 200 g of marihuana.
/// </summary>
public class MixtureAndActualTests
{
    private static readonly LawLibrary Law = LawLibrary.Default;

    /// <summary>
    /// 2013 Manual: 1,000 g methamphetamine (500 g - 1.5 kg) = 32; 100 g actual (50 - 150 g) = 32: greater 32.
    /// Adding them (2,000 kg + 2,000 kg = 4,000 kg of marihuana) would wrongly give 34.
    /// 2014 Manual: 1,000 g = 30 (500 g - 1.5 kg); 100 g actual = 30 (50 - 150 g): 30 (adding: 32).
    /// </summary>
    [Theory]
    [InlineData(2014, 6, 2, 32)]
    [InlineData(2015, 6, 1, 30)]
    public void The_brief_example_takes_the_greater_not_the_sum(int y, int m, int d, int expected) =>
        Assert.Equal(expected, Level(new LocalDate(y, m, d), new DrugAmount("methamphetamine", 1000), new DrugAmount("methamphetamine-actual", 100)));

    /// <summary>
    /// 2014: 1,000 g mixture = 30; 200 g actual (150 - 500 g) = 32: the actual governs. 5,000 g mixture (5 - 15 kg) = 34;
    /// 100 g actual = 30: the mixture governs. PCP 1,500 g (1 - 3 kg) = 30; PCP (actual) 400 g (300 g - 1 kg) = 32.
    /// Amphetamine is treated as methamphetamine (Amend. 610): 1,000 g = 30; 200 g actual = 32.
    /// </summary>
    [Theory]
    [InlineData("methamphetamine", 1000, "methamphetamine-actual", 200, 32)]
    [InlineData("methamphetamine-actual", 200, "methamphetamine", 1000, 32)]
    [InlineData("methamphetamine", 5000, "methamphetamine-actual", 100, 34)]
    [InlineData("pcp", 1500, "pcp-actual", 400, 32)]
    [InlineData("amphetamine", 1000, "amphetamine-actual", 200, 32)]
    public void Whichever_is_greater_governs(string first, int firstGrams, string second, int secondGrams, int expected) =>
        Assert.Equal(expected, Level(new LocalDate(2015, 6, 1), new DrugAmount(first, firstGrams), new DrugAmount(second, secondGrams)));

    /// <summary>
    /// With another drug (2014): the pair converts at the greater of 1,000 g x 2 kg = 2,000 kg and 100 g x 20 kg = 2,000 kg,
    /// i.e. 2,000 kg; plus cocaine 500 g x 200 g = 100 kg: 2,100 kg, level 30 (1,000 - 3,000 kg). Adding the pair would
    /// give 4,100 kg, level 32.
    /// </summary>
    [Fact]
    public void In_a_combination_the_pair_converts_once_at_the_greater_equivalent()
    {
        var on = new LocalDate(2015, 6, 1);
        var drugs = new[] { new DrugAmount("methamphetamine", 1000), new DrugAmount("cocaine", 500), new DrugAmount("methamphetamine-actual", 100) };
        Assert.Equal(30, Level(on, drugs));
        var result = GuidelineCalculator.Calculate(Case(on, drugs), Law.EditionInForce(on));
        var step = Assert.Single(result.Trace, s => s.Step == "Drug Quantity Table level (marihuana equivalent)");
        Assert.Equal("combined substances: 2,100 kg of marihuana", step.Inputs);
        Assert.Contains(result.Trace, s => s.Step == "Mixture or actual, whichever is greater");
    }

    private static int Level(LocalDate on, params DrugAmount[] drugs)
    {
        var edition = Law.EditionInForce(on);
        var batch = GuidelineCalculator.CalculateFigures(Case(on, drugs), edition).BaseOffenseLevel;
        Assert.Equal(batch, GuidelineCalculator.Calculate(Case(on, drugs), edition).BaseOffenseLevel);
        return batch!.Value;
    }

    private static Case Case(LocalDate on, DrugAmount[] drugs) => new()
    {
        Id = "b",
        SentencedOn = on,
        Drugs = [.. drugs],
        OffenseLevelAdjustments = 0,
        CriminalHistoryCategory = CriminalHistoryCategory.I,
    };
}
