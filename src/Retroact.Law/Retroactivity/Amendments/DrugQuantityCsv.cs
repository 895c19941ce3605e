using System.Globalization;
using System.Text;
using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>
/// Reads the §2D1.1(c) lines an amendment sets from a CSV file in the reference format
/// (<c>base_offense_level, substance, min_grams|min_units, max_grams|max_units, source</c>; other columns are kept for the
/// reader of the file and ignored here), one table per substance, every line cited by its <c>source</c> column.
/// </summary>
internal static class DrugQuantityCsv
{
    public static IReadOnlyList<DrugQuantityTable> Read(
        string path, string displayPath, QuantityMeasure measure, IReadOnlyDictionary<string, string> substanceIds, string citation,
        List<AmendmentFileProblem> problems)
    {
        if (!System.IO.File.Exists(path))
        {
            problems.Add(new(displayPath, "file", "the table file does not exist"));
            return [];
        }

        var lines = System.IO.File.ReadAllLines(path, Encoding.UTF8);
        var header = Split(lines[0]);
        var unit = measure == QuantityMeasure.Grams ? "grams" : "units";
        var level = Array.IndexOf(header, "base_offense_level");
        var substance = Array.IndexOf(header, "substance");
        var min = Array.IndexOf(header, $"min_{unit}");
        var max = Array.IndexOf(header, $"max_{unit}");
        var source = Array.IndexOf(header, "source");
        if (level < 0 || substance < 0 || min < 0 || max < 0 || source < 0)
        {
            problems.Add(new(displayPath, "row 1", $"header must name base_offense_level, substance, min_{unit}, max_{unit} and source"));
            return [];
        }

        var rowsBySubstance = new Dictionary<string, List<DrugQuantityRow>>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = Split(lines[i]);
            var entry = $"row {i + 1}";
            if (cells.Length != header.Length)
            {
                problems.Add(new(displayPath, entry, $"has {cells.Length} cells, the header has {header.Length}"));
                continue;
            }

            if (!substanceIds.ContainsKey(cells[substance]))
            {
                problems.Add(new(displayPath, entry, $"substance \"{cells[substance]}\" has no id in the amendment's \"substances\" map"));
                continue;
            }

            if (!int.TryParse(cells[level], NumberStyles.None, CultureInfo.InvariantCulture, out var lvl) || lvl < 1 || lvl > 43)
            {
                problems.Add(new(displayPath, entry, $"base_offense_level \"{cells[level]}\" is not a level from 1 to 43"));
                continue;
            }

            decimal? atLeast = Number(cells[min]);
            decimal? lessThan = Number(cells[max]);
            if ((cells[min].Length > 0 && atLeast is null) || (cells[max].Length > 0 && lessThan is null))
            {
                problems.Add(new(displayPath, entry, $"min_{unit} \"{cells[min]}\" or max_{unit} \"{cells[max]}\" is not a non-negative number"));
                continue;
            }

            if (cells[source].Length == 0)
            {
                problems.Add(new(displayPath, entry, "source is empty: every line needs its citation"));
                continue;
            }

            var id = substanceIds[cells[substance]];
            if (!rowsBySubstance.TryGetValue(id, out var rows))
            {
                rowsBySubstance[id] = rows = [];
            }

            rows.Add(new DrugQuantityRow(lvl, atLeast ?? 0m, lessThan, $"{citation}; {cells[source]}"));
        }

        var tables = new List<DrugQuantityTable>();
        foreach (var (name, id) in substanceIds)
        {
            if (!rowsBySubstance.TryGetValue(id, out var rows))
            {
                problems.Add(new(displayPath, $"substance \"{name}\"", "the file has no lines for it"));
                continue;
            }

            rows.Sort((a, b) => b.Level.CompareTo(a.Level));
            if (DrugQuantityTable.FirstProblem(rows) is { } problem)
            {
                problems.Add(new(displayPath, $"substance \"{name}\"", problem));
                continue;
            }

            tables.Add(new DrugQuantityTable(displayPath, id, name, measure, rows));
        }

        return tables;
    }

    private static decimal? Number(string cell) =>
        cell.Length > 0 && decimal.TryParse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside a field).</summary>
    internal static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
