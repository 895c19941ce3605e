using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>A reform that lowers every line of a substance's Drug Quantity Table by a number of levels.</summary>
internal static class DrugLevelShift
{
    /// <summary>
    /// <paramref name="table"/> with every line <paramref name="levels"/> lower, never below the table's lowest level
    /// (the §2D1.1(c) floor for the substance); lines that land on the same level merge into one (at least the lower
    /// line's bound, less than the upper line's).
    /// </summary>
    public static DrugQuantityTable Lower(DrugQuantityTable table, int levels, string citation, string source)
    {
        var floor = table.Rows[^1].Level;
        var merged = new List<DrugQuantityRow>();
        foreach (var row in table.Rows)
        {
            var level = Math.Max(floor, row.Level - levels);
            var shifted = row with { Level = level, Citation = $"{citation}; from {row.Citation}" };
            if (merged.Count > 0 && merged[^1].Level == level)
            {
                merged[^1] = merged[^1] with { AtLeast = row.AtLeast };
            }
            else
            {
                merged.Add(shifted);
            }
        }

        return new DrugQuantityTable(source, table.Substance, table.Name, table.Measure, merged);
    }
}
