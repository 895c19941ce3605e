namespace Retroact.Population.Reading;

/// <summary>Where each column of a file's header stands, checked for the columns a layout cannot do without.</summary>
internal static class HeaderIndex
{
    /// <summary>
    /// Maps each column name to its first position in the header (a repeated name keeps its first place), and fails
    /// with one error naming the file and the first required column the header lacks.
    /// </summary>
    public static Dictionary<string, int> Of(IRowSource source, string path, IEnumerable<string> required, StringComparer names)
    {
        var index = new Dictionary<string, int>(names);
        for (var i = 0; i < source.Columns.Count; i++)
        {
            index.TryAdd(source.Columns[i], i);
        }

        foreach (var column in required)
        {
            if (!index.ContainsKey(column))
            {
                throw new PopulationFileException(path, 1, 0, column, $"the required column '{column}' is missing from the header");
            }
        }

        return index;
    }
}
