using System.Reflection;
using Sylvan.Data.Csv;

namespace Retroact.Population;

/// <summary>Reads the CSV data files of <c>data/population/</c>, embedded in this assembly, as rows of named text fields.</summary>
internal static class DataFiles
{
    /// <summary>The rows of <paramref name="name"/> (e.g. "ussc-drug-types.csv"), each a column-name → value map.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("population/" + name)
            ?? throw new InvalidOperationException($"data file {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = CsvDataReader.Create(new StreamReader(stream), new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
