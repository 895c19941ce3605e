using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;
using Retroact.Law.Cases;
using Retroact.Population.Records;

namespace Retroact.Impact.Pipeline;

/// <summary>Accepted cases read together, with the scratch space their evaluation needs; reused from batch to batch.</summary>
internal sealed class CaseBatch
{
    /// <summary>Cases evaluated and formatted together by one worker; the unit of parallel work.</summary>
    public const int SliceSize = 1024;

    /// <summary>The cases, <see cref="Count"/> of them.</summary>
    public Case[] Cases { get; } = new Case[ImpactPipeline.BatchSize];

    /// <summary>The values of each case filled by a reader assumption.</summary>
    public AssumedFields[] Assumed { get; } = new AssumedFields[ImpactPipeline.BatchSize];

    /// <summary>Each case's outcome row, filled by evaluation.</summary>
    public CaseOutcome[] Outcomes { get; } = new CaseOutcome[ImpactPipeline.BatchSize];

    /// <summary>The decisions.csv text of each slice, appended in slice order.</summary>
    public Utf8RowBuffer[] Rows { get; } = [.. Enumerable.Range(0, ImpactPipeline.BatchSize / SliceSize).Select(_ => new Utf8RowBuffer())];

    /// <summary>Cases in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>Rows read from the source up to and including this batch's last.</summary>
    public long ReadThrough { get; set; }

    /// <summary>Adds an accepted case.</summary>
    public void Add(Case @case, AssumedFields assumed)
    {
        Cases[Count] = @case;
        Assumed[Count] = assumed;
        Count++;
    }

    /// <summary>Empties the batch (dropping the case references) for reuse.</summary>
    public void Clear()
    {
        Array.Clear(Cases, 0, Count);
        Count = 0;
    }
}
