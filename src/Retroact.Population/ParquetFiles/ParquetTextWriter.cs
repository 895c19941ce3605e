using Parquet;
using Parquet.Schema;

namespace Retroact.Population.ParquetFiles;

/// <summary>
/// Writes rows of text to Parquet as optional UTF-8 string columns (an empty value is null), one row group of
/// <see cref="RowGroupRows"/> rows at a time, so any number of rows streams through.
/// </summary>
internal sealed class ParquetTextWriter : IDisposable
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupRows = 100_000;

    private readonly Stream _stream;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private readonly string?[][] _columns;
    private int _rows;

    public ParquetTextWriter(Stream stream, IReadOnlyList<string> columns)
    {
        _stream = stream;
        _fields = [.. columns.Select(name => new DataField<string>(name, true))];
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), stream).GetAwaiter().GetResult();
        _columns = [.. _fields.Select(_ => new string?[RowGroupRows])];
    }

    /// <summary>Appends one row; <paramref name="values"/> lines up with the columns.</summary>
    public void Write(IReadOnlyList<string> values)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            _columns[i][_rows] = values[i].Length == 0 ? null : values[i];
        }

        if (++_rows == RowGroupRows)
        {
            Flush();
        }
    }

    public void Dispose()
    {
        if (_rows > 0)
        {
            Flush();
        }

        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }

    private void Flush()
    {
        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                var column = _rows == RowGroupRows ? _columns[i] : _columns[i][.._rows];
                group.WriteAsync(_fields[i], column!, null).GetAwaiter().GetResult();
            }
        }

        _rows = 0;
    }
}
