using System.Collections.Immutable;
using NodaTime;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;

namespace Retroact.Law.Tests.Retroactivity;

/// <summary>
/// The derivation of an Amendment 782 base level without a quantity, checked against the 2013 and 2014 Drug Quantity
/// Tables in tests/reference for every substance and every quantity boundary (weights and units).
/// </summary>
public class BaseLevelWithoutQuantityTests
{
    private static readonly ImmutableArray<int> Only782 = [782];

    [Fact]
    public void Every_derived_level_is_what_every_substance_s_2014_table_gives_for_the_2013_level()
    {
        var images = new Dictionary<int, HashSet<int>>();
        foreach (var (old, amended, measure) in new[] { ("drug-quantity-2013.csv", "drug-quantity-2014.csv", "grams"), ("drug-quantity-units-2013.csv", "drug-quantity-units-2014.csv", "units") })
        {
            var before = ReferenceCsv.Read(old);
            var after = ReferenceCsv.Read(amended);
            foreach (var substance in before.Select(r => r["substance"]).Distinct())
            {
                var a = before.Where(r => r["substance"] == substance).ToList();
                var b = after.Where(r => r["substance"] == substance).ToList();
                var points = a.Concat(b).Select(r => ReferenceCsv.Number(r[$"min_{measure}"]) ?? 0m).Append(0m).Distinct();
                foreach (var q in points)
                {
                    var from = Level(a, q, measure);
                    images.TryAdd(from, []);
                    images[from].Add(Level(b, q, measure));
                }
            }
        }

        for (var level = 1; level <= 43; level++)
        {
            var derived = BaseLevelWithoutQuantity.Amended(Case(level), Only782.AsSpan());
            if (derived is { } d)
            {
                Assert.True(images.ContainsKey(level), $"level {level} is in no table");
                Assert.Equal([d], images[level]);
                Assert.Equal(level - 2, d);
            }
            else if (images.TryGetValue(level, out var reached) && level != 26)
            {
                // Not derived: some substance's quantity at this level reaches more than one new level (or the same level).
                Assert.True(reached.Count > 1 || reached.Single() != level - 2, $"level {level} goes to {string.Join("/", reached)} for every substance but is not derived");
            }
        }
    }

    [Fact]
    public void Nothing_is_derived_with_another_amendment_substituted_or_a_mitigating_role()
    {
        Assert.Null(BaseLevelWithoutQuantity.Amended(Case(32), [750, 782]));
        Assert.Null(BaseLevelWithoutQuantity.Amended(Case(32) with { MitigatingRole = MitigatingRole.Minor }, Only782.AsSpan()));
        Assert.Null(BaseLevelWithoutQuantity.Amended(Case(26), Only782.AsSpan())); // also §2D1.1(a)(4)'s level
    }

    private static int Level(IEnumerable<IReadOnlyDictionary<string, string>> rows, decimal quantity, string measure) =>
        int.Parse(rows.Single(r => (ReferenceCsv.Number(r[$"min_{measure}"]) ?? 0m) <= quantity
            && (ReferenceCsv.Number(r[$"max_{measure}"]) is not { } max || quantity < max))["base_offense_level"], System.Globalization.CultureInfo.InvariantCulture);

    private static Case Case(int baseLevel) => new()
    {
        Id = "base-only",
        SentencedOn = new LocalDate(2013, 6, 1),
        Guideline = "2D1.1",
        BaseOffenseLevel = baseLevel,
        OffenseLevelAdjustments = 0,
        CriminalHistoryCategory = CriminalHistoryCategory.I,
        TermMonths = 60,
    };
}
