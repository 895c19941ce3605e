using System.Collections.Concurrent;
using Retroact.Population.Records;

namespace Retroact.Impact.Pipeline;

/// <summary>
/// Reads population records on a thread of its own into batches of accepted cases, at most two batches ahead of the
/// consumer, counting every row read and rejected and handing rejections to the reject sink in order (on the reading
/// thread). A read error (a malformed file) is rethrown to the consumer once the batches before it are consumed.
/// </summary>
internal sealed class BatchReader(IEnumerable<PopulationRecord> records, Action<Rejection> reject)
{
    private const int Ahead = 2;
    private readonly BlockingCollection<CaseBatch> _full = new(Ahead);
    private readonly BlockingCollection<CaseBatch> _free = new(Ahead + 1);

    /// <summary>Rows read; final once <see cref="Batches"/> has ended.</summary>
    public long Read { get; private set; }

    /// <summary>Rows rejected; final once <see cref="Batches"/> has ended.</summary>
    public long Rejected { get; private set; }

    /// <summary>The batches, in input order; the last may be partly filled (or empty).</summary>
    public IEnumerable<CaseBatch> Batches()
    {
        for (var i = 0; i < Ahead + 1; i++)
        {
            _free.Add(new CaseBatch());
        }

        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() => Produce(stop.Token), stop.Token);
        try
        {
            foreach (var batch in _full.GetConsumingEnumerable())
            {
                yield return batch;
            }
        }
        finally
        {
            stop.Cancel();
            _free.CompleteAdding();
        }

        producer.GetAwaiter().GetResult();
    }

    /// <summary>Gives a consumed batch back for reuse.</summary>
    public void Recycle(CaseBatch batch)
    {
        batch.Clear();
        _free.Add(batch);
    }

    private void Produce(CancellationToken stop)
    {
        try
        {
            var batch = _free.Take(stop);
            foreach (var record in records)
            {
                Read++;
                if (record.Rejection is { } rejection)
                {
                    Rejected++;
                    reject(rejection);
                    continue;
                }

                batch.Add(record.Case!, record.Assumed);
                if (batch.Count == ImpactPipeline.BatchSize)
                {
                    batch.ReadThrough = Read;
                    _full.Add(batch, stop);
                    batch = _free.Take(stop);
                }
            }

            batch.ReadThrough = Read;
            _full.Add(batch, stop);
        }
        finally
        {
            _full.CompleteAdding();
        }
    }
}
