using Parquet;
using Parquet.Schema;
using Retroact.Law.Cases;
using Retroact.Population.Native;
using Retroact.Population.Records;
using Retroact.Population.Writing;

namespace Retroact.Population.ParquetFiles;

/// <summary>
/// Writes Parquet with the native columns as optional UTF-8 strings (an absent value is null), buffering one row group of
/// <see cref="RowGroupRows"/> rows at a time so a population of any size streams through.
/// </summary>
internal sealed class ParquetPopulationWriter : IPopulationWriter
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupRows = 100_000;

    private readonly Stream _stream;
    private readonly ParquetWriter _writer;
    private readonly NativeRowFormatter _formatter;
    private readonly DataField[] _fields;
    private readonly string?[][] _columns;
    private readonly string[] _values;
    private int _rows;

    public ParquetPopulationWriter(Stream stream, int drugSlots)
    {
        _stream = stream;
        _formatter = new NativeRowFormatter(drugSlots);
        _fields = [.. _formatter.Header.Select(name => new DataField<string>(name, true))];
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), stream).GetAwaiter().GetResult();
        _columns = [.. _fields.Select(_ => new string?[RowGroupRows])];
        _values = new string[_fields.Length];
    }

    public void Write(Case c, AssumedFields assumed = AssumedFields.None)
    {
        _formatter.Format(c, assumed, _values);
        for (var i = 0; i < _values.Length; i++)
        {
            _columns[i][_rows] = _values[i].Length == 0 ? null : _values[i];
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
