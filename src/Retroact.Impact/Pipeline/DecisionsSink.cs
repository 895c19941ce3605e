using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Pipeline;

/// <summary>
/// Where a run's decision rows go, in its <see cref="DecisionsFormat"/>: each worker adds its cases' rows to its batch
/// (<see cref="Add"/>), and the thread that merges the batches appends them in input order (<see cref="Append"/>).
/// </summary>
internal abstract class DecisionsSink : IDisposable
{
    /// <summary>The sink writing <paramref name="format"/> to <paramref name="stream"/>; breakdown values come from <paramref name="codes"/>.</summary>
    public static DecisionsSink Create(DecisionsFormat format, Stream stream, BreakdownCodes codes) => format switch
    {
        DecisionsFormat.Csv => new Csv(new DecisionsCsvWriter(stream, codes), codes),
        DecisionsFormat.Parquet => new Parquet(new DecisionsParquetWriter(stream, codes)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a decisions format"),
    };

    /// <summary>One case's row, into <paramref name="batch"/> (on the worker that made the batch).</summary>
    public abstract void Add(BatchOutcome batch, string id, in CaseOutcome outcome, in DecisionDetail detail, string? note);

    /// <summary>A batch's rows, written after those of every earlier batch.</summary>
    public abstract void Append(BatchOutcome batch);

    /// <summary>Writes what is left; the stream stays open.</summary>
    public abstract void Dispose();

    /// <summary><c>decisions.csv</c>: each worker formats its rows as text, so the merge only copies bytes.</summary>
    private sealed class Csv(DecisionsCsvWriter writer, BreakdownCodes codes) : DecisionsSink
    {
        public override void Add(BatchOutcome batch, string id, in CaseOutcome outcome, in DecisionDetail detail, string? note) =>
            DecisionsCsvWriter.Format(batch.Rows, codes, id, in outcome, in detail, note);

        public override void Append(BatchOutcome batch) => writer.Append(batch.Rows);

        public override void Dispose() => writer.Dispose();
    }

    /// <summary><c>decisions.parquet</c>: each worker keeps its rows' details, the merge gathers them into columns.</summary>
    private sealed class Parquet(DecisionsParquetWriter writer) : DecisionsSink
    {
        public override void Add(BatchOutcome batch, string id, in CaseOutcome outcome, in DecisionDetail detail, string? note) =>
            batch.Keep(id, in detail, note);

        public override void Append(BatchOutcome batch)
        {
            var outcomes = batch.Outcomes;
            var kept = batch.Kept;
            for (var i = 0; i < outcomes.Length; i++)
            {
                var row = kept[i];
                writer.Write(row.Id, in outcomes[i], row.Detail, row.Note);
            }
        }

        public override void Dispose() => writer.Dispose();
    }
}
