namespace Retroact.Population.Reading;

/// <summary>
/// A population that can be read in batches of consecutive records on every core: a CSV file whose blocks are parsed
/// by the workers, or a synthetic population whose people are drawn by them.
/// </summary>
public interface IBatchedPopulation
{
    /// <summary>
    /// Runs <paramref name="work"/> over the batches on the thread pool (each batch's records are made by the worker
    /// that takes it) and yields the results in the population's order. Read once.
    /// </summary>
    IEnumerable<T> ReadBatches<T>(Func<RecordBatch, T> work);
}
