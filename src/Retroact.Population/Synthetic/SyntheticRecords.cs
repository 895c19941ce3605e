using System.Collections;
using Retroact.Population.Reading;
using Retroact.Population.Records;

namespace Retroact.Population.Synthetic;

/// <summary>
/// A synthetic population as accepted records (row i+1 is person i, nothing assumed). Read in batches
/// (<see cref="ReadBatches{T}"/>), each worker draws the people of the batch it takes, so drawing runs on every core
/// alongside the work on them and each person lives only while that work is done; enumerated, the batches are drawn the
/// same way and yielded in order, a few at a time in memory.
/// </summary>
public sealed class SyntheticRecords : IEnumerable<PopulationRecord>, IBatchedPopulation
{
    /// <summary>People per batch handed to a worker.</summary>
    private const int BatchSize = 4_096;

    private readonly CaseGenerator _generator;
    private readonly int _count;
    private readonly ulong _seed;

    internal SyntheticRecords(CaseGenerator generator, int count, ulong seed)
    {
        _generator = generator;
        _count = count;
        _seed = seed;
    }

    /// <inheritdoc />
    public IEnumerable<T> ReadBatches<T>(Func<RecordBatch, T> work) => OrderedBatches.Run(Batches(), work, new ReadTally());

    /// <summary>The records, in order, drawn in batches on every core.</summary>
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

    private IEnumerable<RecordBatch> Batches()
    {
        for (var first = 0; first < _count; first += BatchSize)
        {
            var start = first;
            var size = Math.Min(BatchSize, _count - first);
            yield return RecordBatch.Parse(start, size, () => new Drawn(this, start, start + size));
        }
    }

    private PopulationRecord Record(int index) => PopulationRecord.Accept(index + 1L, _generator.Person(_seed, index), AssumedFields.None);

    /// <summary>The people [from, to) drawn one at a time by the worker reading the batch.</summary>
    private sealed class Drawn(SyntheticRecords population, int from, int to) : IRecordSource
    {
        private int _next = from;

        public IReadOnlyList<string> Columns => [];

        public ColumnCoverage Coverage { get; } = new([], [], []);

        public bool TryRead(out PopulationRecord record)
        {
            if (_next == to)
            {
                record = default;
                return false;
            }

            record = population.Record(_next++);
            return true;
        }

        public void Dispose()
        {
            // Nothing is held: each person is drawn from (seed, index) alone.
        }
    }
}
