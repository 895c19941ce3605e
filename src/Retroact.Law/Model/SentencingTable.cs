using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Retroact.Law.Cases;

namespace Retroact.Law.Model;

/// <summary>
/// The Sentencing Table (USSG Ch. 5, Pt. A): a range for every offense level 1–43 and criminal history category I–VI,
/// each row with its citation. Immutable; look-ups are array reads.
/// </summary>
public sealed class SentencingTable
{
    /// <summary>The lowest offense level in the table; a lower total is treated as 1 (Ch. 5 Pt. A, comment. n.2).</summary>
    public const int LowestLevel = 1;

    /// <summary>The highest offense level in the table; a higher total is treated as 43 (Ch. 5 Pt. A, comment. n.2).</summary>
    public const int HighestLevel = 43;

    private readonly SentenceRange[] _ranges;
    private readonly string[] _rowCitations;

    internal SentencingTable(string source, SentenceRange[] ranges, string[] rowCitations)
    {
        Source = source;
        _ranges = ranges;
        _rowCitations = rowCitations;
    }

    /// <summary>The law file the table was read from, e.g. "tables/sentencing-table.json".</summary>
    public string Source { get; }

    /// <summary>The range for <paramref name="level"/> (1–43) and <paramref name="category"/>; throws outside those bounds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    public SentenceRange Range(int level, CriminalHistoryCategory category) => _ranges[Index(level, category)];

    /// <summary>The citation of the row for <paramref name="level"/>.</summary>
    public string Citation(int level) => _rowCitations[Index(level, CriminalHistoryCategory.I) / 6];

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // on every calculation; the throws sit in a helper so that this inlines
    private static int Index(int level, CriminalHistoryCategory category)
    {
        // One unsigned comparison per bound (below the lowest wraps to a large number); unchecked: the project checks arithmetic.
        if (unchecked((uint)(level - LowestLevel) > HighestLevel - LowestLevel || (uint)((int)category - (int)CriminalHistoryCategory.I) > CriminalHistoryCategory.VI - CriminalHistoryCategory.I))
        {
            ThrowOutsideTable(level, category);
        }

        return ((level - 1) * 6) + ((int)category - 1);
    }

    [DoesNotReturn]
    private static void ThrowOutsideTable(int level, CriminalHistoryCategory category) =>
        throw (level is < LowestLevel or > HighestLevel
            ? new ArgumentOutOfRangeException(nameof(level), level, "An offense level is 1 to 43.")
            : new ArgumentOutOfRangeException(nameof(category), category, "A criminal history category is I to VI."));
}
