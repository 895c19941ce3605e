using Retroact.Law.Cases;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// The Amendment 782 base offense level of a §2D1.1 record that gives the level found but no drug quantity, where the
/// law fixes it whatever the substance. Amendment 782 redrew every Drug Quantity Table line; comparing the 2013 and 2014
/// tables line by line for every substance (tests/reference/drug-quantity-2013.csv with -2014.csv, and
/// drug-quantity-units-2013.csv with -units-2014.csv) gives, for each old level, the new levels a quantity can reach:
/// 10 → 8, 14 → 12, 16 → 14, 18 → 16, 22 → 20, 24 → 22, 26 → 24, 28 → 26, 32 → 30, 34 → 32, 36 → 34 for every substance
/// that has the level; but 6 → 6, 8 → 6 or 8 (Schedule V units, flunitrazepam), 12 → 10 or 12 (the level-12 floor of
/// heroin, cocaine, cocaine base, methamphetamine, PCP, LSD, fentanyl; Schedule IV units), 20 → 18 or 20 (Schedule III
/// units), 30 → 28 or 30 (hydrocodone units), 38 → 36 or 38. Of the determined levels, 26 is also §2D1.1(a)(4)'s level
/// (death or serious bodily injury after a prior conviction), which 782 did not change, so it is left out. A recorded base
/// level with a §3B1.2 role may be the §2D1.1(a)(5) cap's result rather than a table line, so none is derived then.
/// </summary>
public static class BaseLevelWithoutQuantity
{
    /// <summary>Amendment 782's number.</summary>
    public const int Amendment782 = 782;

    private const int Decrease = 2;

    /// <summary>
    /// The citation of the derivation: the 2013 and 2014 Drug Quantity Tables compared line by line.
    /// </summary>
    public const string Citation =
        "USSG App. C, Amend. 782 (§2D1.1(c), 2013 → 2014 tables, every substance: tests/reference/drug-quantity-2013.csv, -2014.csv, -units-2013.csv, -units-2014.csv)";

    /// <summary>
    /// The amended base level of a §2D1.1 case (not §2D1.2 or §2D1.5, whose levels add to the table's) when only Amendment 782
    /// is substituted (<paramref name="substituted"/> is exactly [782]), the case has no §3B1.2 role, and its recorded base level is one every substance's table lowers by exactly 2; otherwise
    /// <c>null</c> (the record does not determine it).
    /// </summary>
    public static int? Amended(Case @case, ReadOnlySpan<int> substituted)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (substituted.Length != 1 || substituted[0] != Amendment782 || @case.MitigatingRole is not null || @case.BaseOffenseLevel is not { } level
            || (@case.Guideline ?? "2D1.1") != "2D1.1")
        {
            return null;
        }

        return level is 10 or 14 or 16 or 18 or 22 or 24 or 28 or 32 or 34 or 36 ? level - Decrease : null;
    }
}
