using Parquet;
using Parquet.Schema;

namespace Retroact.Population.ParquetFiles;

/// <summary>
/// A Parquet file written row by row: the caller sets each column's value for <see cref="Row"/>, then calls
/// <see cref="EndRow"/>; every <see cref="RowGroupRows"/> rows the columns are written as one row group, so any number of
/// rows streams through. <see cref="Dispose"/> writes the last row group and the footer; the stream stays open.
/// When writing a row group fails, the writer writes nothing more, not even the footer: a failed file stays unreadable
/// rather than looking whole. Not thread-safe.
/// </summary>
public sealed class ParquetRows : IDisposable
{
    private readonly ParquetColumn[] _columns;
    private readonly ParquetWriter _writer;
    private int _rows;
    private bool _failed;

    /// <summary>Starts a file with <paramref name="columns"/> (in order) on <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentException">A column does not hold <paramref name="rowGroupRows"/> rows.</exception>
    public ParquetRows(Stream stream, IReadOnlyList<ParquetColumn> columns, int rowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.FirstOrDefault(c => c.Capacity != rowGroupRows) is { } other)
        {
            throw new ArgumentException($"column {other.Field.Name} holds {other.Capacity} rows, not the {rowGroupRows} of a row group", nameof(columns));
        }

        RowGroupRows = rowGroupRows;
        _columns = [.. columns];
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_columns.Select(c => c.Field).ToArray()), stream).GetAwaiter().GetResult();
    }

    /// <summary>Rows per row group.</summary>
    public int RowGroupRows { get; }

    /// <summary>The row whose values are being set (its position in the current row group).</summary>
    public int Row => _rows;

    /// <summary>Ends the row; the row group is written when it is full.</summary>
    /// <exception cref="InvalidOperationException">Writing an earlier row group failed.</exception>
    public void EndRow()
    {
        if (_failed)
        {
            throw new InvalidOperationException("an earlier row group of this Parquet file could not be written");
        }

        if (++_rows == RowGroupRows)
        {
            Flush();
        }
    }

    /// <summary>Writes the last row group and the footer (nothing after a failed row group).</summary>
    public void Dispose()
    {
        if (_failed)
        {
            return;
        }

        if (_rows > 0)
        {
            Flush();
        }

        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private void Flush()
    {
        _failed = true; // until the row group is written: an exception leaves the file without its footer
        using (var group = _writer.CreateRowGroup())
        {
            foreach (var column in _columns)
            {
                column.Write(group, _rows);
            }
        }

        _rows = 0;
        _failed = false;
    }
}

/// <summary>One column of a <see cref="ParquetRows"/> file: its field and the values of the row group being gathered.</summary>
public abstract class ParquetColumn
{
    private protected ParquetColumn(DataField field, int capacity)
    {
        Field = field;
        Capacity = capacity;
    }

    /// <summary>The column's name and type.</summary>
    public DataField Field { get; }

    /// <summary>The rows it holds: the row group's size.</summary>
    public int Capacity { get; }

    /// <summary>Writes the values of the first <paramref name="rows"/> rows as the column's chunk of <paramref name="group"/>.</summary>
    internal abstract void Write(ParquetRowGroupWriter group, int rows);
}

/// <summary>An optional UTF-8 text column.</summary>
/// <param name="name">The column's name.</param>
/// <param name="capacity">The rows of a row group.</param>
public sealed class TextColumn(string name, int capacity) : ParquetColumn(new DataField<string>(name, nullable: true), capacity)
{
    private readonly string?[] _values = new string?[capacity];

    /// <summary>Sets the value of row <paramref name="row"/> (null for none).</summary>
    public void Set(int row, string? value) => _values[row] = value;

    internal override void Write(ParquetRowGroupWriter group, int rows) =>
        group.WriteAsync(Field, rows == _values.Length ? _values : _values[..rows], null).GetAwaiter().GetResult();
}

/// <summary>A column of 32-bit integers, booleans or dates: required for <c>int</c> and <c>bool</c>, optional for <c>int?</c> and <c>DateOnly?</c>.</summary>
/// <typeparam name="T"><c>int</c>, <c>int?</c>, <c>bool</c> or <c>DateOnly?</c>.</typeparam>
public sealed class ValueColumn<T> : ParquetColumn
{
    private readonly T[] _values;

    /// <summary>A column named <paramref name="name"/> of <paramref name="capacity"/> rows.</summary>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not one of the four.</exception>
    public ValueColumn(string name, int capacity)
        : base(FieldOf(name), capacity) => _values = new T[capacity];

    private static DataField<T> FieldOf(string name) =>
        typeof(T) == typeof(int) || typeof(T) == typeof(int?) || typeof(T) == typeof(bool) || typeof(T) == typeof(DateOnly?)
            ? new DataField<T>(name)
            : throw new ArgumentException($"no Parquet column of {typeof(T)}; expected int, int?, bool or DateOnly?", nameof(name));

    /// <summary>Sets the value of row <paramref name="row"/>.</summary>
    public void Set(int row, T value) => _values[row] = value;

    internal override void Write(ParquetRowGroupWriter group, int rows) => (_values switch
    {
        int[] ints => group.WriteAsync<int>(Field, new ReadOnlyMemory<int>(ints, 0, rows)),
        int?[] ints => group.WriteAsync<int>(Field, new ReadOnlyMemory<int?>(ints, 0, rows)),
        bool[] flags => group.WriteAsync<bool>(Field, new ReadOnlyMemory<bool>(flags, 0, rows)),
        DateOnly?[] dates => group.WriteAsync<DateOnly>(Field, new ReadOnlyMemory<DateOnly?>(dates, 0, rows)),
        _ => throw new InvalidOperationException($"no Parquet column of {typeof(T)}"),
    }).GetAwaiter().GetResult();
}
