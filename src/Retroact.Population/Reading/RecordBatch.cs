using Retroact.Population.Records;

namespace Retroact.Population.Reading;

/// <summary>
/// A run of consecutive rows of a population, handed to one worker: a CSV block is parsed and mapped by the thread
/// that reads it; other sources arrive already read. Read it once, on one thread, with <see cref="TryRead"/>.
/// </summary>
public sealed class RecordBatch
{
    private readonly Func<IRecordSource>? _open;
    private readonly List<PopulationRecord>? _records;
    private IRecordSource? _source;
    private int _next;
    private bool _done;

    private RecordBatch(long rowsBefore, int rows, Func<IRecordSource>? open, List<PopulationRecord>? records, PopulationFileException? error)
    {
        RowsBefore = rowsBefore;
        Rows = rows;
        _open = open;
        _records = records;
        Error = error;
    }

    /// <summary>Rows of the source before this batch's first.</summary>
    public long RowsBefore { get; }

    /// <summary>Rows in the batch: what <see cref="TryRead"/> gives, unless a malformed row stops it first.</summary>
    public int Rows { get; }

    /// <summary>The malformed-file error that ended the batch early (set once <see cref="TryRead"/> has returned false), or null.</summary>
    public PopulationFileException? Error { get; private set; }

    /// <summary>The account of the rows read from this batch.</summary>
    internal ReadTally Tally { get; } = new();

    /// <summary>A batch of <paramref name="rows"/> rows parsed from the source <paramref name="open"/> gives, when it is read.</summary>
    internal static RecordBatch Parse(long rowsBefore, int rows, Func<IRecordSource> open) => new(rowsBefore, rows, open, null, null);

    /// <summary>A batch of records already read, ended by <paramref name="error"/> when the source failed after them.</summary>
    internal static RecordBatch Of(long rowsBefore, List<PopulationRecord> records, PopulationFileException? error) =>
        new(rowsBefore, records.Count, null, records, error);

    /// <summary>The rest of the batch's records, in order (<see cref="TryRead"/> until it returns false).</summary>
    public List<PopulationRecord> ReadAll()
    {
        var records = new List<PopulationRecord>(Rows);
        while (TryRead(out var record))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>The next record, counted in the batch's tally; false at the end of the batch or at a malformed row (<see cref="Error"/>).</summary>
    public bool TryRead(out PopulationRecord record)
    {
        if (_records is not null)
        {
            if (_next < _records.Count)
            {
                record = _records[_next++];
                Tally.Add(record);
                return true;
            }

            record = default;
            return false;
        }

        record = default;
        if (_done)
        {
            return false;
        }

        try
        {
            _source ??= _open!();
            if (_source.TryRead(out record))
            {
                Tally.Add(record);
                return true;
            }
        }
        catch (PopulationFileException e)
        {
            Error = e;
        }

        _done = true;
        _source?.Dispose();
        return false;
    }
}
