namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>One reason an amendment or reform file was rejected.</summary>
/// <param name="File">The file.</param>
/// <param name="Entry">Where in the file, as a JSON path or "file.csv row N", e.g. "parts[0].statusPoints.points".</param>
/// <param name="Reason">What is wrong and what is allowed.</param>
public sealed record AmendmentFileProblem(string File, string Entry, string Reason)
{
    /// <summary>"FILE: ENTRY: REASON".</summary>
    public override string ToString() => $"{File}: {Entry}: {Reason}";
}

/// <summary>An amendment or reform file was rejected as a whole; nothing of it was applied.</summary>
public sealed class AmendmentFileException : Exception
{
    /// <summary>Rejects a file for <paramref name="problems"/> (at least one).</summary>
    public AmendmentFileException(IReadOnlyList<AmendmentFileProblem> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<AmendmentFileProblem> Problems { get; }
}
