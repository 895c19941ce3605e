using System.Text;
using System.Text.Json;
using Retroact.Population.Records;

namespace Retroact.Population.Writing;

/// <summary>
/// Writes rejected rows so they can be fixed and re-run: for CSV and Parquet sources a CSV with the source's own
/// columns plus <c>row</c>, <c>field</c>, <c>value</c>, <c>reason</c>; for JSON lines, one object per line with those
/// four properties and <c>source</c>, the original line.
/// </summary>
public sealed class RejectWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly bool _jsonLines;
    private readonly int _columns;

    private RejectWriter(StreamWriter writer, bool jsonLines, int columns)
    {
        _writer = writer;
        _jsonLines = jsonLines;
        _columns = columns;
    }

    /// <summary>The columns appended to the source's own.</summary>
    public static readonly IReadOnlyList<string> ExtraColumns = ["row", "field", "value", "reason"];

    /// <summary>Creates <paramref name="path"/> for rejects of a <paramref name="format"/> file whose columns are <paramref name="sourceColumns"/>.</summary>
    public static RejectWriter Create(string path, PopulationFormat format, IReadOnlyList<string> sourceColumns)
    {
        var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var jsonLines = format == PopulationFormat.JsonLines;
        if (!jsonLines)
        {
            CsvText.WriteRecord(writer, [.. sourceColumns, .. ExtraColumns]);
        }

        return new RejectWriter(writer, jsonLines, sourceColumns.Count);
    }

    /// <summary>Appends one rejected row.</summary>
    public void Write(Rejection rejection)
    {
        var row = rejection.Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_jsonLines)
        {
            _writer.Write(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["row"] = row, ["field"] = rejection.Field, ["value"] = rejection.Value, ["reason"] = rejection.Reason,
                ["source"] = rejection.Source.IsDefaultOrEmpty ? "" : rejection.Source[0],
            }));
            _writer.Write('\n');
            return;
        }

        var values = new string[_columns + ExtraColumns.Count];
        for (var i = 0; i < _columns; i++)
        {
            values[i] = i < rejection.Source.Length ? rejection.Source[i] : "";
        }

        values[_columns] = row;
        values[_columns + 1] = rejection.Field;
        values[_columns + 2] = rejection.Value;
        values[_columns + 3] = rejection.Reason;
        CsvText.WriteRecord(_writer, values);
    }

    /// <summary>Finishes the file.</summary>
    public void Dispose() => _writer.Dispose();
}
