using System.Collections.Immutable;

namespace Retroact.Population.Reading;

/// <summary>A forward-only source of text rows under a header: the common shape of CSV and Parquet files.</summary>
internal interface IRowSource : IDisposable
{
    /// <summary>The header, in file order.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The 1-based data row last read.</summary>
    long Row { get; }

    /// <summary>The number of fields in the current row (may differ from the header in a ragged CSV).</summary>
    int FieldCount { get; }

    /// <summary>Advances to the next row; false at the end. Throws <see cref="PopulationFileException"/> for a malformed file.</summary>
    bool MoveNext();

    /// <summary>The current row's field at <paramref name="ordinal"/>; empty when the row is shorter.</summary>
    ReadOnlySpan<char> Field(int ordinal);

    /// <summary>The current row's fields as strings, for a reject file.</summary>
    ImmutableArray<string> Snapshot();
}
