namespace Retroact.Population.ParquetFiles;

/// <summary>
/// Writes rows of text to Parquet as optional UTF-8 string columns (an empty value is null), one row group of
/// <see cref="RowGroupRows"/> rows at a time (<see cref="ParquetRows"/>), so any number of rows streams through.
/// Disposing it closes the stream.
/// </summary>
internal sealed class ParquetTextWriter : IDisposable
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupRows = 100_000;

    private readonly Stream _stream;
    private readonly TextColumn[] _columns;
    private readonly ParquetRows _rows;

    public ParquetTextWriter(Stream stream, IReadOnlyList<string> columns)
    {
        _stream = stream;
        _columns = [.. columns.Select(name => new TextColumn(name, RowGroupRows))];
        _rows = new ParquetRows(stream, _columns, RowGroupRows);
    }

    /// <summary>Appends one row; <paramref name="values"/> lines up with the columns.</summary>
    public void Write(IReadOnlyList<string> values)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Set(_rows.Row, values[i].Length == 0 ? null : values[i]);
        }

        _rows.EndRow();
    }

    public void Dispose()
    {
        _rows.Dispose();
        _stream.Dispose();
    }
}
