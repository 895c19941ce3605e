using System.Globalization;
using System.Text;
using System.Text.Json;
using Retroact.Population.JsonLines;
using Retroact.Population.ParquetFiles;
using Retroact.Population.Records;

namespace Retroact.Population.Writing;

/// <summary>
/// Writes rejected rows in the format they came in, so they can be fixed and re-run: CSV (native or USSC) and Parquet
/// get the source's own columns plus <c>row</c>, <c>field</c>, <c>value</c>, <c>reason</c>; JSON lines get one object
/// per line with those four properties and <c>source</c>, the original line.
/// </summary>
public sealed class RejectWriter : IDisposable
{
    private readonly Action<Rejection> _write;
    private readonly IDisposable _sink;

    private RejectWriter(Action<Rejection> write, IDisposable sink)
    {
        _write = write;
        _sink = sink;
    }

    /// <summary>The columns appended to the source's own.</summary>
    public static readonly IReadOnlyList<string> ExtraColumns = ["row", "field", "value", "reason"];

    /// <summary>Creates <paramref name="path"/> for rejects of a <paramref name="format"/> file whose columns are <paramref name="sourceColumns"/>.</summary>
    public static RejectWriter Create(string path, PopulationFormat format, IReadOnlyList<string> sourceColumns)
    {
        switch (format)
        {
            case PopulationFormat.JsonLines:
            {
                var writer = new StreamWriter(path, false, new UTF8Encoding(false));
                return new RejectWriter(r => WriteJsonLine(writer, r), writer);
            }

            case PopulationFormat.Parquet:
            {
                var sink = new ParquetTextWriter(File.Create(path), [.. sourceColumns, .. ExtraColumns]);
                return new RejectWriter(r => sink.Write(Values(r, sourceColumns.Count)), sink);
            }

            default:
            {
                var writer = new StreamWriter(path, false, new UTF8Encoding(false));
                CsvText.WriteRecord(writer, [.. sourceColumns, .. ExtraColumns]);
                return new RejectWriter(r => CsvText.WriteRecord(writer, Values(r, sourceColumns.Count)), writer);
            }
        }
    }

    /// <summary>Appends one rejected row.</summary>
    public void Write(Rejection rejection) => _write(rejection);

    /// <summary>Finishes the file.</summary>
    public void Dispose() => _sink.Dispose();

    private static string[] Values(Rejection rejection, int columns)
    {
        var values = new string[columns + ExtraColumns.Count];
        for (var i = 0; i < columns; i++)
        {
            values[i] = i < rejection.Source.Length ? rejection.Source[i] : "";
        }

        values[columns] = rejection.Row.ToString(CultureInfo.InvariantCulture);
        values[columns + 1] = rejection.Field;
        values[columns + 2] = rejection.Value;
        values[columns + 3] = rejection.Reason;
        return values;
    }

    private static void WriteJsonLine(StreamWriter writer, Rejection rejection)
    {
        writer.Write(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["row"] = rejection.Row.ToString(CultureInfo.InvariantCulture),
            ["field"] = rejection.Field,
            ["value"] = rejection.Value,
            ["reason"] = rejection.Reason,
            ["source"] = rejection.Source.IsDefaultOrEmpty ? "" : rejection.Source[0],
        }, PopulationJsonContext.Default.DictionaryStringString));
        writer.Write('\n');
    }
}
