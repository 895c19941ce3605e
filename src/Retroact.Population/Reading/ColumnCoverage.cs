using System.Collections.Immutable;

namespace Retroact.Population.Reading;

/// <summary>An analysis the engine can run and the columns it needs: each group lists alternatives, one of which must be present.</summary>
/// <param name="Analysis">What cannot be run without the columns, e.g. "Amendment 782 recalculation".</param>
/// <param name="Groups">Every group must have at least one of its columns in the file.</param>
public sealed record AnalysisRequirement(string Analysis, ImmutableArray<ImmutableArray<string>> Groups)
{
    /// <summary>A requirement from column groups written as "A|B" (A or B).</summary>
    public static AnalysisRequirement Of(string analysis, params string[] groups) =>
        new(analysis, [.. groups.Select(g => ImmutableArray.Create(g.Split('|')))]);
}

/// <summary>An analysis a file cannot support, with the columns whose absence rules it out.</summary>
/// <param name="Analysis">The analysis.</param>
/// <param name="MissingColumns">For each unmet group, its alternatives joined with " or ".</param>
public sealed record RuledOutAnalysis(string Analysis, ImmutableArray<string> MissingColumns);

/// <summary>Which of the columns a reader can use a file has, and what the absent ones rule out.</summary>
/// <param name="Present">The known columns the file has, in the reader's order.</param>
/// <param name="Missing">The known columns the file lacks, in the reader's order.</param>
/// <param name="RuledOut">The analyses the missing columns rule out.</param>
public sealed record ColumnCoverage(ImmutableArray<string> Present, ImmutableArray<string> Missing, ImmutableArray<RuledOutAnalysis> RuledOut)
{
    /// <summary>Compares the file's header against the columns a reader knows and the analyses' needs.</summary>
    public static ColumnCoverage Of(IEnumerable<string> known, IReadOnlySet<string> header, IEnumerable<AnalysisRequirement> requirements)
    {
        var knownList = known.ToList();
        var ruledOut = requirements
            .Select(r => new RuledOutAnalysis(r.Analysis, [.. r.Groups.Where(g => !g.Any(header.Contains)).Select(g => string.Join(" or ", g))]))
            .Where(r => r.MissingColumns.Length > 0);
        return new(
            [.. knownList.Where(header.Contains)],
            [.. knownList.Where(c => !header.Contains(c))],
            [.. ruledOut]);
    }
}
