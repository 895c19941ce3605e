using System.Collections;
using Retroact.Population.Native;
using Retroact.Population.Records;
using Retroact.Population.Ussc;

namespace Retroact.Population.Reading;

/// <summary>
/// Streams a population file as one <see cref="PopulationRecord"/> per row, accepted or rejected, keeping the
/// <see cref="Tally"/> as it goes. CSV files are cut into blocks at row boundaries and parsed on every core
/// (<see cref="ReadBatches{T}"/>); records still come out in file order, and only a few blocks are held at a time.
/// Enumerate once. A structurally broken file throws one <see cref="PopulationFileException"/> naming file, line and
/// column (at <see cref="Open"/> when the fault is in the header or the last line, otherwise once every row before it
/// has been consumed).
/// </summary>
public sealed class PopulationReader : IEnumerable<PopulationRecord>, IBatchedPopulation, IDisposable
{
    private readonly IRecordSource _source;
    private readonly Func<IEnumerable<RecordBatch>> _batches;
    private bool _started;

    private PopulationReader(string path, PopulationFormat format, IRecordSource source, Func<IEnumerable<RecordBatch>>? batches)
    {
        Path = path;
        Format = format;
        _source = source;
        _batches = batches ?? (() => BatchSources.Runs(source));
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
        return format switch
        {
            PopulationFormat.Native => OpenCsv(path, format, options, rows => new NativeRowMapper(rows, path) is var m ? new RowMapping(m.Map, m.Coverage) : default),
            PopulationFormat.Ussc => OpenCsv(path, format, options, rows => new UsscRowMapper(rows, path, options) is var m ? new RowMapping(m.Map, m.Coverage) : default),
            PopulationFormat.Parquet => new PopulationReader(path, format, ParquetFiles.ParquetRecordSource.Open(path), null),
            PopulationFormat.JsonLines => new PopulationReader(path, format, JsonLines.JsonLinesRecordSource.Open(path), null),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
        };
    }

    /// <summary>
    /// Runs <paramref name="work"/> over the file's batches of consecutive rows on the thread pool (CSV blocks are
    /// parsed and mapped by the worker that takes them) and yields the results in file order. <see cref="Tally"/>
    /// counts a batch's rows before its result is yielded; a malformed row throws its error after the result of the
    /// batch it ends (which holds the rows before it). Read once: this or the enumerator.
    /// </summary>
    public IEnumerable<T> ReadBatches<T>(Func<RecordBatch, T> work)
    {
        if (_started)
        {
            throw new InvalidOperationException($"{Path} is already being read; a population reader streams once");
        }

        _started = true;
        return OrderedBatches.Run(_batches(), work, Tally);
    }

    /// <summary>The records, in file order. Each is counted in <see cref="Tally"/> before it is yielded.</summary>
    public IEnumerator<PopulationRecord> GetEnumerator()
    {
        foreach (var records in ReadBatches(batch => batch.ReadAll()))
        {
            foreach (var record in records)
            {
                yield return record;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the file.</summary>
    public void Dispose() => _source.Dispose();

    /// <summary>
    /// Runs <paramref name="work"/> over <paramref name="records"/> in batches on the thread pool and yields the results
    /// in order: an <see cref="IBatchedPopulation"/> makes its own batches on the workers; any other sequence is
    /// enumerated on one thread and handed out in runs.
    /// </summary>
    public static IEnumerable<T> InBatches<T>(IEnumerable<PopulationRecord> records, Func<RecordBatch, T> work) =>
        records is IBatchedPopulation batched ? batched.ReadBatches(work) : OrderedBatches.Run(BatchSources.Runs(records), work, new ReadTally());

    private static PopulationReader OpenCsv(string path, PopulationFormat format, PopulationReaderOptions options, Func<IRowSource, RowMapping> mapper)
    {
        var rows = CsvRowSource.Open(path);
        try
        {
            var source = new MappedRowSource(rows, mapper(rows));
            return new PopulationReader(path, format, source, () => BatchSources.Csv(path, rows.Columns, mapper, options.BlockBytes));
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }
}
