namespace Retroact.Law;

/// <summary>
/// A law file is invalid: the message names the file, the entry and the problem, e.g.
/// "tables/drug-quantity/heroin.1994-11-01.json: row 3 (level 34): missing citation".
/// </summary>
public sealed class LawDataException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/> and <paramref name="entry"/>.</summary>
    public LawDataException(string file, string entry, string problem, Exception? inner = null)
        : base($"{file}: {entry}: {problem}", inner)
    {
        File = file;
        Entry = entry;
        Problem = problem;
    }

    /// <summary>The law file, relative to the law root.</summary>
    public string File { get; }

    /// <summary>The entry in the file, e.g. "row 3 (level 34)".</summary>
    public string Entry { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
