namespace Retroact.Population.Reading;

/// <summary>
/// The file as a whole cannot be read (bad quoting, bytes that are not UTF-8, a truncated last line, a missing
/// required column): one error naming the file, the line and the column. Bad values in a well-formed file are
/// never reported this way; they reject their row only.
/// </summary>
public sealed class PopulationFileException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="file">The file's path as given.</param>
    /// <param name="line">The 1-based line (the header is line 1); 0 for a format without lines (Parquet).</param>
    /// <param name="column">The 1-based column, or 0 when the problem is not in one column.</param>
    /// <param name="columnName">The column's name from the header (or the required name that is missing); empty when not known.</param>
    /// <param name="problem">What is wrong.</param>
    public PopulationFileException(string file, long line, int column, string columnName, string problem)
        : base(Format(file, line, column, columnName, problem))
    {
        File = file;
        Line = line;
        Column = column;
        ColumnName = columnName;
        Problem = problem;
    }

    /// <summary>The file's path as given.</summary>
    public string File { get; }

    /// <summary>The 1-based line (the header is line 1).</summary>
    public long Line { get; }

    /// <summary>The 1-based column, or 0 when the problem is not in one column.</summary>
    public int Column { get; }

    /// <summary>The column's name; empty when not known.</summary>
    public string ColumnName { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, long line, int column, string columnName, string problem)
    {
        var parts = new List<string>(2);
        if (line > 0) parts.Add($"line {line}");
        if (column > 0) parts.Add($"column {column}{(columnName.Length > 0 ? $" ({columnName})" : "")}");
        return parts.Count == 0 ? $"{file}: {problem}" : $"{file}: {string.Join(", ", parts)}: {problem}";
    }
}
