using Retroact.Population.Records;

namespace Retroact.Population.Reading;

/// <summary>Cuts a population into <see cref="RecordBatch"/>es: CSV into blocks parsed by the workers, anything else into runs of records read in order.</summary>
internal static class BatchSources
{
    /// <summary>Records per batch for sources read in order.</summary>
    public const int RecordsPerBatch = 4_096;

    /// <summary>
    /// The rows of the CSV file at <paramref name="path"/> (its header already checked) as blocks that each worker
    /// parses and maps with its own mapper from <paramref name="mapper"/>. From the first block the splitter cannot
    /// vouch for (odd quoting), the rest is read by the sequential reader, which then meets any fault exactly where a
    /// reading of the whole file would.
    /// </summary>
    public static IEnumerable<RecordBatch> Csv(string path, IReadOnlyList<string> columns, Func<IRowSource, RowMapping> mapper, int blockBytes)
    {
        string[] header = [.. columns];
        long rowsBefore = 0;
        using (var splitter = CsvBlockSplitter.Open(path, ForRowWidth(blockBytes, header)))
        {
            if (splitter is not null)
            {
                while (splitter.TryNext(out var block))
                {
                    yield return RecordBatch.Parse(block.RowsBefore, block.Rows, () =>
                    {
                        var rows = AsciiBlockRowSource.Over(path, header, block);
                        return new MappedRowSource(rows, mapper(rows));
                    });
                }

                if (splitter.Exhausted)
                {
                    yield break;
                }

                rowsBefore = splitter.Rows;
            }
        }

        var rest = CsvRowSource.Open(path);
        using var records = new MappedRowSource(rest, mapper(rest));
        for (var skipped = 0L; skipped < rowsBefore && rest.MoveNext(); skipped++)
        {
            // The rows before were read from blocks; the sequential reader only has to reach the same place.
        }

        foreach (var batch in Runs(records, rowsBefore))
        {
            yield return batch;
        }
    }

    /// <summary>A header this long (in characters) marks a wide file: its blocks are made to hold at least <see cref="WideRowsPerBlock"/> header-wide rows.</summary>
    private const int WideHeaderChars = 16 * 1024;

    /// <summary>Header-wide rows a block of a wide file holds at least.</summary>
    private const int WideRowsPerBlock = 32;

    /// <summary>
    /// The block size for a file with <paramref name="header"/>: <paramref name="blockBytes"/>, or for a wide file (the
    /// USSC datafile with all of its ≈ 27,000 columns has a header of ≈ 190,000 characters and rows as long) enough for
    /// <see cref="WideRowsPerBlock"/> rows as long as the header, since every block repeats the header and is parsed by a
    /// reader of its own: 1 MiB blocks would hold a handful of such rows and spend most of their time on the header.
    /// </summary>
    private static int ForRowWidth(int blockBytes, string[] header)
    {
        var headerChars = header.Sum(name => (long)name.Length + 1);
        return headerChars < WideHeaderChars ? blockBytes : (int)Math.Clamp(headerChars * WideRowsPerBlock, blockBytes, Array.MaxLength / 2);
    }

    /// <summary>The records of <paramref name="source"/>, read in order, in runs of <see cref="RecordsPerBatch"/>; a malformed row ends the last run.</summary>
    public static IEnumerable<RecordBatch> Runs(IRecordSource source, long rowsBefore = 0)
    {
        while (true)
        {
            var records = new List<PopulationRecord>(RecordsPerBatch);
            PopulationFileException? error = null;
            try
            {
                while (records.Count < RecordsPerBatch && source.TryRead(out var record))
                {
                    records.Add(record);
                }
            }
            catch (PopulationFileException e)
            {
                error = e;
            }

            if (records.Count > 0 || error is not null)
            {
                yield return RecordBatch.Of(rowsBefore, records, error);
            }

            if (error is not null || records.Count < RecordsPerBatch)
            {
                yield break;
            }

            rowsBefore += records.Count;
        }
    }

    /// <summary>Records already in hand (a generated population), in runs of <see cref="RecordsPerBatch"/>.</summary>
    public static IEnumerable<RecordBatch> Runs(IEnumerable<PopulationRecord> source)
    {
        long rowsBefore = 0;
        var records = new List<PopulationRecord>(RecordsPerBatch);
        foreach (var record in source)
        {
            records.Add(record);
            if (records.Count == RecordsPerBatch)
            {
                yield return RecordBatch.Of(rowsBefore, records, null);
                rowsBefore += records.Count;
                records = new List<PopulationRecord>(RecordsPerBatch);
            }
        }

        if (records.Count > 0)
        {
            yield return RecordBatch.Of(rowsBefore, records, null);
        }
    }
}
