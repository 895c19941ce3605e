using System.Globalization;

namespace Retroact.Law.Tests;

/// <summary>Reads the reference CSVs copied into tests/reference (quoted fields allowed), by column name.</summary>
internal static class ReferenceCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "reference", name));
        var header = Split(lines[0]);
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = Split(l);
            return (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, v: i < cells.Count ? cells[i] : "")).ToDictionary(x => x.h, x => x.v);
        })];
    }

    public static decimal? Number(string text)
    {
        var clean = text.Replace(",", "", StringComparison.Ordinal).Trim();
        return clean.Length == 0 ? null : decimal.Parse(clean, CultureInfo.InvariantCulture);
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }
}
