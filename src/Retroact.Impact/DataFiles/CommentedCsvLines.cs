namespace Retroact.Impact.DataFiles;

/// <summary>
/// The line layout shared by Retroact's small data files (the cost schedule, grant models): blank lines and lines
/// starting with <c>#</c> are comments, the first other line must be the expected header, and every line after it is
/// a data line.
/// </summary>
internal static class CommentedCsvLines
{
    /// <summary>
    /// The data lines of <paramref name="reader"/> with their 1-based line numbers, after checking the header. Throws
    /// <see cref="FormatException"/> naming the file and line when the first non-comment line is not
    /// <paramref name="header"/>. A file with no header yields nothing.
    /// </summary>
    public static IEnumerable<(string Line, int Number)> Read(TextReader reader, string fileName, string header)
    {
        var sawHeader = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!sawHeader)
            {
                sawHeader = line == header
                    ? true
                    : throw new FormatException($"{fileName}:{lineNumber}: header is '{line}', expected '{header}'");
                continue;
            }

            yield return (line, lineNumber);
        }
    }
}
