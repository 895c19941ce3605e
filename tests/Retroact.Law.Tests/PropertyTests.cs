using System.Collections.Immutable;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Retroact.Law.Tracing;

namespace Retroact.Law.Tests;

/// <summary>Invariants of the law as encoded, checked with FsCheck over every edition.</summary>
public class PropertyTests
{
    private static readonly LawLibrary Law = LawLibrary.Default;

    private static ManualEdition Edition(byte index) => Law.Editions[index % Law.Editions.Length];

    private static string WeightSubstance(ManualEdition edition, byte index)
    {
        var ids = edition.DrugQuantity.Values.Where(t => t.Measure == QuantityMeasure.Grams).Select(t => t.Substance).Order(StringComparer.Ordinal).ToArray();
        return ids[index % ids.Length];
    }

    private static int Level(ManualEdition edition, params DrugAmount[] drugs) =>
        DrugQuantityCalculator.Level("p", [.. drugs], edition, default(NoTrace));

    [Property(MaxTest = 2000)]
    public bool More_of_one_drug_never_lowers_its_base_level(byte editionIndex, byte substanceIndex, PositiveInt milligrams, PositiveInt more)
    {
        var edition = Edition(editionIndex);
        var substance = WeightSubstance(edition, substanceIndex);
        var grams = milligrams.Get / 1000m;
        return Level(edition, new DrugAmount(substance, grams)) <= Level(edition, new DrugAmount(substance, grams + (more.Get / 1000m)));
    }

    /// <summary>
    /// In a mix, more of any drug never lowers the combined level, except in the Amendment 711 period (Nov. 1, 2007 -
    /// Apr. 30, 2008), whose per-level cocaine-base ratios fall from 16 kg/g at level 24 to 5 kg/g at level 26: see
    /// <see cref="Amendment_711_per_level_ratios_can_lower_the_level_when_cocaine_base_increases"/>.
    /// </summary>
    [Property(MaxTest = 2000)]
    public bool More_of_a_drug_in_a_mix_never_lowers_the_combined_level(byte editionIndex, byte first, byte second, PositiveInt a, PositiveInt b, PositiveInt more)
    {
        var edition = Edition(editionIndex);
        var one = WeightSubstance(edition, first);
        var two = WeightSubstance(edition, second);
        if (edition.CrackRule is PerLevelCrackRatios && (one == "cocaine-base" || two == "cocaine-base"))
        {
            return true;
        }

        if (edition.Equivalency.Find(one) is null || edition.Equivalency.Find(two) is null)
        {
            return true;
        }

        var before = Level(edition, new DrugAmount(one, a.Get / 100m), new DrugAmount(two, b.Get / 100m));
        var after = Level(edition, new DrugAmount(one, (a.Get + more.Get) / 100m), new DrugAmount(two, b.Get / 100m));
        return before <= after;
    }

    [Fact]
    public void Amendment_711_per_level_ratios_can_lower_the_level_when_cocaine_base_increases()
    {
        var edition = Law.EditionInForce(new LocalDate(2007, 12, 1));
        // 19.99 g crack is level 24 (16 kg/g): 319.84 kg + 401 g cocaine (80.2 kg) = 400.04 kg -> level 28.
        Assert.Equal(28, Level(edition, new DrugAmount("cocaine-base", 19.99m), new DrugAmount("cocaine", 401)));
        // 20 g crack is level 26 (5 kg/g): 100 kg + 80.2 kg = 180.2 kg -> level 26.
        Assert.Equal(26, Level(edition, new DrugAmount("cocaine-base", 20), new DrugAmount("cocaine", 401)));
    }

    [Property(MaxTest = 2000)]
    public bool A_higher_criminal_history_category_never_lowers_the_range(byte editionIndex, byte levelSeed, byte categorySeed)
    {
        var edition = Edition(editionIndex);
        var level = (levelSeed % 43) + 1;
        var lower = (CriminalHistoryCategory)((categorySeed % 5) + 1);
        var low = edition.SentencingTable.Range(level, lower);
        var high = edition.SentencingTable.Range(level, lower + 1);
        return high.Minimum >= low.Minimum && high.Maximum >= low.Maximum;
    }

    [Property(MaxTest = 2000)]
    public bool A_higher_offense_level_never_lowers_the_range(byte editionIndex, byte levelSeed, byte categorySeed)
    {
        var edition = Edition(editionIndex);
        var level = (levelSeed % 42) + 1;
        var category = (CriminalHistoryCategory)((categorySeed % 6) + 1);
        var low = edition.SentencingTable.Range(level, category);
        var high = edition.SentencingTable.Range(level + 1, category);
        return high.Minimum >= low.Minimum && high.Maximum >= low.Maximum;
    }

    [Fact]
    public void Traced_and_batch_paths_agree_on_100000_generated_cases()
    {
        var random = new Random(20141101);
        var agreed = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var @case = CaseGenerator.Next(random, i);
            var edition = Law.EditionInForce(@case.SentencedOn);
            GuidelineResult? traced = null;
            string? tracedError = null;
            try
            {
                traced = GuidelineCalculator.Calculate(@case, edition);
            }
            catch (CaseCalculationException e)
            {
                tracedError = e.Message;
            }

            try
            {
                var batch = GuidelineCalculator.CalculateFigures(@case, edition);
                Assert.True(traced is not null, $"{@case.Id}: batch succeeded where traced failed: {tracedError}");
                Assert.Equal(traced.Figures, batch);
                Assert.NotEmpty(traced.Trace);
            }
            catch (CaseCalculationException e)
            {
                Assert.Equal(tracedError, e.Message);
            }

            agreed++;
        }

        Assert.Equal(100_000, agreed);
    }
}

/// <summary>Random but valid-looking cases over every edition, substance mix, role, history, career offender and statute.</summary>
internal static class CaseGenerator
{
    private static readonly string[] Weights =
    [
        "heroin", "cocaine", "cocaine-base", "pcp", "pcp-actual", "methamphetamine", "methamphetamine-actual", "ice", "amphetamine",
        "amphetamine-actual", "lsd", "fentanyl", "fentanyl-analogue", "marihuana", "hashish", "hashish-oil", "oxycodone-actual",
    ];

    private static readonly string[] Units = ["ketamine", "schedule-iii", "schedule-iv", "schedule-v", "flunitrazepam"];

    public static Case Next(Random random, int index)
    {
        var start = new LocalDate(1994, 11, 1);
        var sentenced = start.PlusDays(random.Next(0, 11_700));
        var drugs = ImmutableArray.CreateBuilder<DrugAmount>();
        var count = random.Next(0, 4);
        for (var d = 0; d < count; d++)
        {
            if (random.Next(10) == 0)
            {
                drugs.Add(new DrugAmount(Units[random.Next(Units.Length)], Units: random.Next(1, 200_000)));
            }
            else
            {
                var grams = Math.Round((decimal)Math.Pow(10, (random.NextDouble() * 8) - 2), 3);
                drugs.Add(new DrugAmount(Weights[random.Next(Weights.Length)], Grams: Math.Max(grams, 0.001m)));
            }
        }

        int? statutoryMinimum = random.Next(4) switch { 0 => 60, 1 => 120, 2 => 240, _ => null };
        int? statutoryMaximum = random.Next(4) switch { 0 => 240, 1 => 480, _ => null };
        return new Case
        {
            Id = $"g{index}",
            SentencedOn = sentenced,
            Drugs = drugs.ToImmutable(),
            BaseOffenseLevel = count == 0 && random.Next(3) > 0 ? random.Next(6, 39) : null,
            TotalOffenseLevel = random.Next(5) == 0 ? random.Next(1, 44) : null,
            OffenseLevelAdjustments = random.Next(10) == 0 ? null : random.Next(-7, 9),
            MitigatingRole = random.Next(4) switch { 0 => MitigatingRole.Minimal, 1 => MitigatingRole.Minor, 2 => MitigatingRole.Intermediate, _ => null },
            CriminalHistoryCategory = random.Next(2) == 0 ? (CriminalHistoryCategory)random.Next(1, 7) : null,
            CriminalHistoryPoints = random.Next(3) == 0 ? null : random.Next(0, 20),
            CareerOffender = random.Next(10) == 0 ? new CareerOffenderFinding(random.Next(29, 38)) : null,
            StatutoryMinimumMonths = statutoryMinimum,
            StatutoryMaximumMonths = statutoryMaximum is { } max && statutoryMinimum is { } min && min > max ? null : statutoryMaximum,
            SafetyValve = random.Next(5) == 0,
        };
    }
}
