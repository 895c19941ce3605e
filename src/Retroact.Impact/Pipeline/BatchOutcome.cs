using System.Collections.Concurrent;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;
using Retroact.Population.Records;

namespace Retroact.Impact.Pipeline;

/// <summary>
/// What one worker made of one batch of rows: the outcome row of each accepted case and its decisions row (the
/// <c>decisions.csv</c> text, or for <c>decisions.parquet</c> what the outcome row does not hold), and the rejected rows,
/// all in input order. Reused from batch to batch through <see cref="Rent"/> and <see cref="Return"/>.
/// </summary>
internal sealed class BatchOutcome
{
    private static readonly ConcurrentBag<BatchOutcome> Pool = [];
    private CaseOutcome[] _outcomes = new CaseOutcome[1 << 12];

    /// <summary>The decisions.csv rows of the accepted cases (when the run writes CSV).</summary>
    public Utf8RowBuffer Rows { get; } = new();

    /// <summary>Each accepted case's id, decision detail and note, by its outcome's position (when the run writes Parquet).</summary>
    public List<KeptRow> Kept { get; } = [];

    /// <summary>The rejected rows.</summary>
    public List<Rejection> Rejections { get; } = [];

    /// <summary>Rows read from the batch.</summary>
    public int Read { get; set; }

    /// <summary>The outcome rows of the accepted cases.</summary>
    public ReadOnlySpan<CaseOutcome> Outcomes => _outcomes.AsSpan(0, Count);

    /// <summary>Accepted cases in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>An empty outcome, from the pool when one is free.</summary>
    public static BatchOutcome Rent() => Pool.TryTake(out var outcome) ? outcome : new BatchOutcome();

    /// <summary>Empties <paramref name="outcome"/> and gives it back to the pool.</summary>
    public static void Return(BatchOutcome outcome)
    {
        outcome.Rows.Clear();
        outcome.Kept.Clear();
        outcome.Rejections.Clear();
        outcome.Read = 0;
        outcome.Count = 0;
        Pool.Add(outcome);
    }

    /// <summary>Appends an accepted case's outcome row.</summary>
    public void Add(in CaseOutcome outcome)
    {
        if (Count == _outcomes.Length)
        {
            Array.Resize(ref _outcomes, Count * 2);
        }

        _outcomes[Count++] = outcome;
    }

    /// <summary>Keeps what the decisions row of the outcome just added needs beyond the outcome itself.</summary>
    public void Keep(string id, in DecisionDetail detail, string? note) => Kept.Add(new KeptRow(id, detail, note));
}

/// <summary>A decisions row's id, decision detail and note.</summary>
internal readonly record struct KeptRow(string Id, DecisionDetail Detail, string? Note);
