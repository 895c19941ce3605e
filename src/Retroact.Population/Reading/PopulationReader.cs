using System.Collections;
using Retroact.Population.Native;
using Retroact.Population.Records;
using Retroact.Population.Ussc;

namespace Retroact.Population.Reading;

/// <summary>
/// Streams a population file as one <see cref="PopulationRecord"/> per row, accepted or rejected, keeping the
/// <see cref="Tally"/> as it goes; nothing is held but the current row. Enumerate once. A structurally broken file
/// throws one <see cref="PopulationFileException"/> naming file, line and column (at <see cref="Open"/> when the fault
/// is in the header or the last line, otherwise when the reader reaches it).
/// </summary>
public sealed class PopulationReader : IEnumerable<PopulationRecord>, IDisposable
{
    private readonly IRecordSource _source;
    private bool _started;

    private PopulationReader(string path, PopulationFormat format, IRecordSource source)
    {
        Path = path;
        Format = format;
        _source = source;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>The file's format.</summary>
    public PopulationFormat Format { get; }

    /// <summary>The file's columns, in file order (for JSON lines, the one pseudo-column "json").</summary>
    public IReadOnlyList<string> Columns => _source.Columns;

    /// <summary>Which known columns the file has and lacks, and the analyses the missing ones rule out.</summary>
    public ColumnCoverage Coverage => _source.Coverage;

    /// <summary>The account of the rows read so far; complete once enumeration has ended.</summary>
    public ReadTally Tally { get; } = new();

    /// <summary>Opens <paramref name="path"/> in <paramref name="format"/>, checking its header (and, for CSV, its last line).</summary>
    /// <exception cref="PopulationFileException">The file is malformed or lacks a required column.</exception>
    public static PopulationReader Open(string path, PopulationFormat format, PopulationReaderOptions? options = null)
    {
        options ??= PopulationReaderOptions.Default;
        return new PopulationReader(path, format, format switch
        {
            PopulationFormat.Native => OpenCsv(path, rows => new NativeRowMapper(rows, path) is var m ? (m.Map, m.Coverage) : default),
            PopulationFormat.Ussc => OpenCsv(path, rows => new UsscRowMapper(rows, path, options) is var m ? (m.Map, m.Coverage) : default),
            PopulationFormat.Parquet => ParquetFiles.ParquetRecordSource.Open(path),
            PopulationFormat.JsonLines => JsonLines.JsonLinesRecordSource.Open(path),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
        });
    }

    /// <summary>The records, in file order. Each is counted in <see cref="Tally"/> before it is yielded.</summary>
    public IEnumerator<PopulationRecord> GetEnumerator()
    {
        if (_started)
        {
            throw new InvalidOperationException($"{Path} is already being read; a population reader streams once");
        }

        _started = true;
        while (_source.TryRead(out var record))
        {
            Tally.Add(record);
            yield return record;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the file.</summary>
    public void Dispose() => _source.Dispose();

    private static IRecordSource OpenCsv(string path, Func<IRowSource, (Func<PopulationRecord> Map, ColumnCoverage Coverage)> mapper)
    {
        var rows = CsvRowSource.Open(path);
        try
        {
            var (map, coverage) = mapper(rows);
            return new MappedRowSource(rows, map, coverage);
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }
}
