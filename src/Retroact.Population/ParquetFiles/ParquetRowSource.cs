using System.Collections.Immutable;
using System.Globalization;
using Parquet;
using Parquet.Schema;
using Retroact.Population.Reading;

namespace Retroact.Population.ParquetFiles;

/// <summary>
/// Streams a Parquet file one row group at a time as text rows: string columns as they are, numeric and boolean columns
/// in invariant text, so a file with the native columns is validated by the same rules as the native CSV. Only one row
/// group is in memory at a time.
/// </summary>
internal sealed class ParquetRowSource : IRowSource
{
    private readonly string _path;
    private readonly Stream _stream;
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly string[] _columns;
    private string?[][] _group = [];
    private int _groupIndex = -1;
    private int _rowInGroup;
    private long _row;

    private ParquetRowSource(string path, Stream stream, ParquetReader reader, DataField[] fields)
    {
        _path = path;
        _stream = stream;
        _reader = reader;
        _fields = fields;
        _columns = [.. fields.Select(f => f.Name)];
    }

    public IReadOnlyList<string> Columns => _columns;

    public long Row => _row;

    public int FieldCount => _columns.Length;

    public static ParquetRowSource Open(string path)
    {
        var stream = File.OpenRead(path);
        try
        {
            ParquetReader reader;
            try
            {
                reader = ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ParquetException)
            {
                throw new PopulationFileException(path, 0, 0, "", "not a readable Parquet file: " + e.Message);
            }

            var fields = reader.Schema.GetDataFields();
            var nested = fields.FirstOrDefault(f => f.IsArray || f.Path.ToList().Count > 1);
            if (nested is not null)
            {
                throw new PopulationFileException(path, 0, Array.IndexOf(fields, nested) + 1, nested.Name, "a nested or repeated column; population files are flat");
            }

            return new ParquetRowSource(path, stream, reader, fields);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public bool MoveNext()
    {
        while (_group.Length == 0 || _rowInGroup + 1 >= _group[0].Length)
        {
            if (_groupIndex + 1 >= _reader.RowGroupCount)
            {
                return false;
            }

            _groupIndex++;
            _group = ReadGroup(_groupIndex);
            _rowInGroup = -1;
            if (_columns.Length == 0)
            {
                return false;
            }
        }

        _rowInGroup++;
        _row++;
        return true;
    }

    public ReadOnlySpan<char> Field(int ordinal) => _group[ordinal][_rowInGroup];

    public ImmutableArray<string> Snapshot() => [.. _group.Select(c => c[_rowInGroup] ?? "")];

    public void Dispose()
    {
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }

    private string?[][] ReadGroup(int index)
    {
        using var group = _reader.OpenRowGroupReader(index);
        var rows = checked((int)group.RowCount);
        var columns = new string?[_fields.Length][];
        for (var c = 0; c < _fields.Length; c++)
        {
            columns[c] = ReadColumn(group, _fields[c], rows);
        }

        return columns;
    }

    private string?[] ReadColumn(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var text = new string?[rows];
            group.ReadAsync(field, text.AsMemory()).GetAwaiter().GetResult();
            return text;
        }

        if (type == typeof(int)) return Typed<int>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(long)) return Typed<long>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(short)) return Typed<short>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(double)) return Typed<double>(group, field, rows, v => v.ToString("R", CultureInfo.InvariantCulture));
        if (type == typeof(float)) return Typed<float>(group, field, rows, v => v.ToString("R", CultureInfo.InvariantCulture));
        if (type == typeof(decimal)) return Typed<decimal>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(bool)) return Typed<bool>(group, field, rows, v => v ? "true" : "false");
        if (type == typeof(DateOnly)) return Typed<DateOnly>(group, field, rows, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        // A timestamp at midnight is a date; any other time of day stays visible, so the date rule rejects it.
        if (type == typeof(DateTime)) return Typed<DateTime>(group, field, rows, v => v.ToString(v.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        throw new PopulationFileException(_path, 0, Array.IndexOf(_fields, field) + 1, field.Name,
            $"a column of type {type.Name}; expected text, whole or decimal numbers, booleans or dates");
    }

    /// <summary>
    /// A typed column as text. A required (non-nullable) column is read into plain values, which needs no presence markers:
    /// a review saw Parquet.Net 6.1 read such a column into nullable values wrongly (values that depended on earlier reads,
    /// and a crash on a file written by another tool, hyparquet-writer).
    /// </summary>
    private static string?[] Typed<T>(ParquetRowGroupReader group, DataField field, int rows, Func<T, string> format)
        where T : struct
    {
        var text = new string?[rows];
        if (!field.IsNullable)
        {
            var required = new T[rows];
            group.ReadAsync(field, required.AsMemory()).GetAwaiter().GetResult();
            for (var i = 0; i < rows; i++)
            {
                text[i] = format(required[i]);
            }

            return text;
        }

        var values = new T?[rows];
        group.ReadAsync(field, values.AsMemory()).GetAwaiter().GetResult();
        for (var i = 0; i < rows; i++)
        {
            text[i] = values[i] is { } v ? format(v) : null;
        }

        return text;
    }
}
