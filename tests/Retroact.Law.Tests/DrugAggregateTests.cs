using System.Collections.Immutable;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Retroact.Law.Retroactivity;
using Retroact.Law.Tracing;

namespace Retroact.Law.Tests;

/// <summary>
/// The amended Drug Quantity Table level from the original's combined drugs (<see cref="DrugAggregate"/>) is the level the
/// whole calculation gives, for random mixed-drug cases between every pair of the 2008–2014 editions and their compositions
/// with Amendments 706, 715, 750 and 782; the shortcut is taken only where the equivalencies and cocaine-base rule are the
/// same objects, and never for cocaine base under the Amend. 711 or 715 rules.
/// </summary>
public class DrugAggregateTests
{
    private static readonly ManualEdition[] Editions = BuildEditions();

    private static ManualEdition[] BuildEditions()
    {
        var catalog = RetroactivityEngine.Default.Catalog;
        var dated = LawLibrary.Default.Editions.Where(e => e.EffectiveFrom.Year is >= 2007 and <= 2014).ToList();
        var overlays = new[] { "706", "715", "750", "782" }.Select(id => catalog.Find(id)!.File.Overlay).ToList();
        return [.. dated, .. dated.SelectMany(e => overlays.Select(e.With))];
    }

    private static readonly EquivalencyEntry[] Substances =
        [.. Editions.SelectMany(e => e.Equivalency.Entries.Values).DistinctBy(e => e.Substance).OrderBy(e => e.Substance, StringComparer.Ordinal)];

    [Fact]
    public void The_level_from_the_aggregate_is_the_level_of_the_whole_calculation()
    {
        var random = new Random(782);
        var shortcuts = 0;
        var shortcutsUnder782 = 0;
        for (var n = 0; n < 1500; n++)
        {
            var drugs = RandomDrugs(random);
            foreach (var from in Editions)
            {
                var aggregate = default(DrugAggregate);
                if (Level(drugs, from, ref aggregate) is string)
                {
                    continue;
                }

                var recorded = aggregate.IsRecorded;
                if (recorded && from.CrackRule is not null)
                {
                    Assert.DoesNotContain(drugs, d => d.Substance == "cocaine-base");
                }

                foreach (var to in Editions)
                {
                    var fresh = default(DrugAggregate);
                    var reused = aggregate;
                    var expected = Level(drugs, to, ref fresh);
                    var taken = reused.AppliesTo(to, drugs);
                    Assert.False(taken && (!ReferenceEquals(from.Equivalency.Entries, to.Equivalency.Entries) || !ReferenceEquals(from.CrackRule, to.CrackRule)));
                    Assert.True(taken || !recorded || !ReferenceEquals(from.Equivalency, to.Equivalency) || !ReferenceEquals(from.CrackRule, to.CrackRule));
                    Assert.Equal(expected, Level(drugs, to, ref reused));
                    shortcuts += taken ? 1 : 0;
                    shortcutsUnder782 += taken && !ReferenceEquals(from.Equivalency, to.Equivalency) ? 1 : 0;
                }
            }
        }

        Assert.True(shortcuts > 10000, $"only {shortcuts} shortcuts taken");
        Assert.True(shortcutsUnder782 > 1000, $"only {shortcutsUnder782} shortcuts taken into a 782 composition");
    }

    [Fact]
    public void Crack_with_other_drugs_under_the_711_or_715_rule_records_no_aggregate()
    {
        var drugs = ImmutableArray.Create(new DrugAmount("cocaine-base", Grams: 10m), new DrugAmount("cocaine", Grams: 400m));
        var ruled = Editions.Where(e => e.CrackRule is not null).ToList();
        Assert.Contains(ruled, e => e.CrackRule is PerLevelCrackRatios);
        Assert.Contains(ruled, e => e.CrackRule is TwoLevelCrackReduction);
        foreach (var edition in ruled)
        {
            var aggregate = default(DrugAggregate);
            Level(drugs, edition, ref aggregate);
            Assert.False(aggregate.IsRecorded, edition.Name);
        }
    }

    private static ImmutableArray<DrugAmount> RandomDrugs(Random random)
    {
        var drugs = ImmutableArray.CreateBuilder<DrugAmount>();
        var count = random.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            var entry = random.Next(4) == 0 ? Substances.First(s => s.Substance == "cocaine-base") : Substances[random.Next(Substances.Length)];
            var quantity = random.Next(1, 2_000_000) / (decimal)Math.Pow(10, random.Next(0, 4));
            drugs.Add(entry.Measure == QuantityMeasure.Units ? new DrugAmount(entry.Substance, Units: quantity) : new DrugAmount(entry.Substance, Grams: quantity));
        }

        return drugs.ToImmutable();
    }

    /// <summary>The level, or the error's text when the edition cannot calculate these drugs.</summary>
    private static object? Level(ImmutableArray<DrugAmount> drugs, ManualEdition edition, ref DrugAggregate aggregate)
    {
        try
        {
            return DrugQuantityCalculator.Level("random", drugs, edition, default(NoTrace), ref aggregate);
        }
        catch (CaseCalculationException e)
        {
            return e.Message;
        }
    }
}
