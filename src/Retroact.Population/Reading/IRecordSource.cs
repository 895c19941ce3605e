using Retroact.Population.Records;

namespace Retroact.Population.Reading;

/// <summary>A format's reader: source rows in, one <see cref="PopulationRecord"/> per row out.</summary>
internal interface IRecordSource : IDisposable
{
    /// <summary>The source's columns, in file order.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The known columns present and missing, and what the missing ones rule out.</summary>
    ColumnCoverage Coverage { get; }

    /// <summary>Reads the next row's record; false at the end.</summary>
    bool TryRead(out PopulationRecord record);
}

/// <summary>A layout's row mapper over one row source: the function mapping its current row, and the file's column coverage.</summary>
/// <param name="Map">Maps the source's current row to a record.</param>
/// <param name="Coverage">The known columns present and missing.</param>
internal readonly record struct RowMapping(Func<PopulationRecord> Map, ColumnCoverage Coverage);

/// <summary>A row source under a mapper that turns each row into a record.</summary>
internal sealed class MappedRowSource(IRowSource rows, RowMapping mapping) : IRecordSource
{
    private readonly Func<PopulationRecord> _map = mapping.Map;

    public IReadOnlyList<string> Columns => rows.Columns;

    public ColumnCoverage Coverage => mapping.Coverage;

    public bool TryRead(out PopulationRecord record)
    {
        if (!rows.MoveNext())
        {
            record = default;
            return false;
        }

        record = _map();
        return true;
    }

    public void Dispose() => rows.Dispose();
}
