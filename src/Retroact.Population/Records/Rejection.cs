using System.Collections.Immutable;

namespace Retroact.Population.Records;

/// <summary>Why one source row was not accepted: the first bad value found in it.</summary>
/// <param name="Row">The 1-based data row (the header is not counted).</param>
/// <param name="Field">The column holding the bad value, by its name in the source.</param>
/// <param name="Value">The value as it stood in the source.</param>
/// <param name="Reason">What is wrong and what is allowed.</param>
/// <param name="Source">The row's values in the source's column order, so the reject file can be fixed and re-run.</param>
public sealed record Rejection(long Row, string Field, string Value, string Reason, ImmutableArray<string> Source)
{
    /// <summary>The reason as it is counted in summaries: field and reason, without the row's value.</summary>
    public string Key => Field + ": " + Reason;
}
