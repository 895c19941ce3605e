using System.Collections.Concurrent;

namespace Retroact.Population.Reading;

/// <summary>
/// Runs a worker function over a population's batches on the thread pool and yields the results in the batches'
/// order. The batches are cut (and, for formats read sequentially, read) on a thread of their own, a few ahead of the
/// consumer; each batch's tally joins the reader's before its result is yielded, and a batch ended by a malformed row
/// throws that error right after its result, so every row before the fault is consumed first.
/// </summary>
internal static class OrderedBatches
{
    /// <summary>The results of <paramref name="work"/> over <paramref name="batches"/>, in order; <paramref name="tally"/> counts every row yielded.</summary>
    public static IEnumerable<T> Run<T>(IEnumerable<RecordBatch> batches, Func<RecordBatch, T> work, ReadTally tally)
    {
        var pending = new BlockingCollection<(RecordBatch Batch, Task<T> Result)>(Environment.ProcessorCount + 2);
        using var stop = new CancellationTokenSource();
        var producer = Task.Factory.StartNew(() => Produce(batches, work, pending, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var (batch, result) in pending.GetConsumingEnumerable())
            {
                var value = result.GetAwaiter().GetResult();
                tally.Merge(batch.Tally);
                yield return value;
                if (batch.Error is { } error)
                {
                    throw error;
                }
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait();
            }
            catch (AggregateException e) when (e.InnerExceptions.All(i => i is OperationCanceledException))
            {
                // The consumer stopped early (a malformed row, or it left the loop): the batches after it are dropped.
            }
            finally
            {
                pending.Dispose();
            }
        }
    }

    private static void Produce<T>(IEnumerable<RecordBatch> batches, Func<RecordBatch, T> work, BlockingCollection<(RecordBatch, Task<T>)> pending, CancellationToken stop)
    {
        try
        {
            foreach (var batch in batches)
            {
                pending.Add((batch, Task.Run(() => work(batch), stop)), stop);
                if (batch.Error is not null)
                {
                    break;
                }
            }
        }
        finally
        {
            pending.CompleteAdding();
        }
    }
}
