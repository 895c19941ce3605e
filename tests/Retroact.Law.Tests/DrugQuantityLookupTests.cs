using FsCheck;
using FsCheck.Xunit;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Law.Tests;

/// <summary>
/// The Drug Quantity Table look-up answers exactly as the rows read (at least <c>atLeast</c>, less than <c>lessThan</c>) for
/// every quantity, whichever way it is searched (whole numbers at the bounds' scale, or decimals), and substances are found
/// by number as by name.
/// </summary>
public class DrugQuantityLookupTests
{
    private static readonly DrugQuantityTable[] Tables =
        [.. LawLibrary.Default.Editions.SelectMany(e => e.DrugQuantity.Values).Distinct()];

    private static bool InRow(DrugQuantityRow row, decimal quantity) =>
        quantity >= row.AtLeast && (row.LessThan is not { } upper || quantity < upper);

    [Property(MaxTest = 5000)]
    public bool Any_quantity_lands_in_the_row_that_contains_it(int table, ulong digits, byte places)
    {
        var lines = Tables[(int)((uint)table % Tables.Length)];
        var quantity = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), table & 0xFF, false, (byte)(places % 29));
        return InRow(lines.RowFor(quantity), quantity);
    }

    [Fact]
    public void Every_bound_and_its_neighbours_land_in_the_right_row()
    {
        decimal[] steps = [0m, 0.000001m, 0.0000001m, 0.01m, 1m, 0.0000000000000000000000000001m];
        foreach (var lines in Tables)
        {
            foreach (var row in lines.Rows)
            {
                foreach (var step in steps)
                {
                    foreach (var quantity in new[] { row.AtLeast + step, row.AtLeast - step, row.AtLeast * 1.000m })
                    {
                        if (quantity >= 0)
                        {
                            Assert.True(InRow(lines.RowFor(quantity), quantity), $"{lines.Source}: {quantity}");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Quantities_beyond_64_bits_or_28_places_still_land_in_the_right_row()
    {
        decimal[] quantities = [decimal.MaxValue, 79228162514264337593543950.335m, 0.0000000000000000000000000001m, 18446744073709551616m, 9223372036854.775808m];
        foreach (var lines in Tables)
        {
            foreach (var quantity in quantities)
            {
                Assert.True(InRow(lines.RowFor(quantity), quantity), $"{lines.Source}: {quantity}");
            }
        }
    }

    [Fact]
    public void A_substance_is_found_by_number_as_by_name_in_every_edition()
    {
        var law = LawLibrary.Default;
        var names = law.Editions.SelectMany(e => e.DrugQuantity.Keys.Concat(e.Equivalency.Entries.Keys).Concat(e.Equivalency.Caps.SelectMany(c => c.Substances))).Append("not-a-substance").Distinct();
        foreach (var edition in law.Editions)
        {
            foreach (var name in names)
            {
                var drug = new DrugAmount(name, 1m);
                Assert.Same(edition.DrugQuantityFor(name), edition.Substances.Table(drug.SubstanceNumber, name));
                Assert.Same(edition.Equivalency.Find(name), edition.Substances.Entry(drug.SubstanceNumber, name));
                Assert.Same(edition.DrugQuantityFor(name), edition.Substances.Table(SubstanceIds.Unnumbered, name));
                var capped = edition.Equivalency.Caps.Count > 0 && edition.Equivalency.Caps[^1].Substances.Contains(name);
                Assert.Equal(capped, edition.Substances.InAnyCap(drug.SubstanceNumber, name));
                Assert.Equal(capped, edition.Substances.InAnyCap(SubstanceIds.Unnumbered, name));
            }
        }
    }

    [Fact]
    public void Changing_the_substance_of_an_amount_renumbers_it()
    {
        var heroin = new DrugAmount("heroin", 1m);
        var cocaine = heroin with { Substance = "cocaine" };
        Assert.Equal(new DrugAmount("cocaine", 1m).SubstanceNumber, cocaine.SubstanceNumber);
        Assert.NotEqual(heroin.SubstanceNumber, cocaine.SubstanceNumber);
        Assert.Equal(new DrugAmount("cocaine", 1m), cocaine);
    }
}
