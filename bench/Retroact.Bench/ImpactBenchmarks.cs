using BenchmarkDotNet.Attributes;
using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Impact;
using Retroact.Impact.Aggregation;
using Retroact.Impact.Costs;
using Retroact.Impact.Discretion;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Pipeline;
using Retroact.Impact.Reports;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Population.Records;
using Retroact.Population.Synthetic;

namespace Retroact.Bench;

/// <summary>
/// The impact core on one million outcome rows: aggregation across both cores, 200 grant-model draws, the report
/// (JSON and HTML), and writing decisions.csv. Rows are random but coherent (same shape as the default population).
/// Plus the whole pipeline (decide, plan, map, format decisions.csv, aggregate, report) on 200,000 synthetic cases
/// held in memory, so reading is not measured. Run:
/// <c>dotnet run -c Release --project bench/Retroact.Bench -- --filter '*ImpactBenchmarks*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ImpactBenchmarks
{
    private static readonly LocalDate OrderDate = new(2015, 11, 1);
    private OutcomeTable _rows = new();
    private BreakdownCodes _codes = new();
    private ImpactTally _tally = null!;
    private ImpactReport _report = null!;
    private Case[] _cases = [];
    private Amendment _amendment = null!;

    /// <summary>Synthetic cases for the pipeline benchmark.</summary>
    public const int PipelineCases = 200_000;

    /// <summary>Rows in the population.</summary>
    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_rows, _codes) = Generate(Rows, 1);
        _tally = ImpactAggregator.Aggregate(_rows, OrderDate, CostSchedule.Default, _codes);
        _report = ImpactAnalysis.Analyse(_rows, Run(), _codes, CostSchedule.Default, null);
        _amendment = AmendmentCatalog.Default.Find("782")!;
        _cases = [.. SyntheticPopulation.Generate(ImpactPipeline.DefaultPopulationAsOf(_amendment), PipelineCases, SyntheticPopulation.DefaultSeed)];
    }

    [Benchmark(Description = "pipeline: decide + plan + decisions.csv + aggregate + report, 200k cases (both cores)")]
    public ImpactReport Pipeline()
    {
        using var sink = new CountingStream();
        var records = _cases.Select((c, i) => PopulationRecord.Accept(i + 1, c, AssumedFields.None));
        return ImpactPipeline.Default.Run(records, _amendment, null, "benchmark", null, sink, _ => { }, _ => { });
    }

    [Benchmark(Description = "aggregate 1M rows (both cores)")]
    public ImpactTally Aggregate() => ImpactAggregator.Aggregate(_rows, OrderDate, CostSchedule.Default, _codes);

    [Benchmark(Description = "aggregate + build report")]
    public ImpactReport AnalyseAllGranted() => ImpactAnalysis.Analyse(_rows, Run(), _codes, CostSchedule.Default, null);

    [Benchmark(Description = "aggregate + 200 draws + build report")]
    public ImpactReport AnalyseWith200Draws() =>
        ImpactAnalysis.Analyse(_rows, Run(), _codes, CostSchedule.Default, new DiscretionRequest(GrantModel.Uniform(0.75m), 200, 1));

    [Benchmark(Description = "200 draws alone")]
    public DiscretionSummary Draws200() =>
        DiscretionSimulator.Run(_rows, _tally, ImpactAggregator.CumulativeCost(_tally, CostSchedule.Default), GrantModel.Uniform(0.75m), _codes, 200, 1);

    [Benchmark(Description = "report.json + report.html")]
    public long RenderReports()
    {
        using var sink = new MemoryStream();
        ReportJson.Write(_report, sink);
        ReportHtml.Write(_report, sink);
        return sink.Length;
    }

    [Benchmark(Description = "decisions.csv, 1M rows")]
    public long WriteDecisionsCsv()
    {
        using var sink = new CountingStream();
        using (var writer = new DecisionsCsvWriter(sink, _codes))
        {
            var detail = new DecisionDetail(100, 125, 84, 105, DayNumbers.Of(OrderDate), DayNumbers.None, DayNumbers.None, 470);
            var id = 0;
            for (var c = 0; c < _rows.ChunkCount; c++)
            {
                foreach (ref readonly var row in _rows.Chunk(c))
                {
                    writer.Write(Ids[id++ % Ids.Length], in row, in detail);
                }
            }
        }

        return sink.Length;
    }

    private static readonly OutcomeReason[] NotEligible = [.. OutcomeReason.All.Where(r => r != OutcomeReason.Eligible)];

    private static readonly string[] Ids = [.. Enumerable.Range(0, 1024).Select(i => $"case-{i:D7}")];

    private RunDescription Run() => new("782", OrderDate, "benchmark", Rows, 0);

    /// <summary>Random coherent rows: ~45% eligible, releases from the Friday before the order up to the original date.</summary>
    private static (OutcomeTable, BreakdownCodes) Generate(int count, int seed)
    {
        var random = new Random(seed);
        var codes = new BreakdownCodes();
        string[][] values =
        [
            ["white", "black", "other"], ["hispanic", "non-hispanic"], ["us", "non-us"], ["male", "female"],
            ["cocaine-base", "powder-cocaine", "methamphetamine", "heroin", "marihuana"], ["I", "II", "III", "IV", "V", "VI"],
            [.. Enumerable.Range(0, 94).Select(i => $"D{i:D2}")], ["institution", "rrc", "home-confinement"],
        ];
        var orderDay = DayNumbers.Of(OrderDate);
        var rows = new OutcomeTable();
        for (var i = 0; i < count; i++)
        {
            var eligible = random.Next(100) < 45;
            var term = (short)random.Next(12, 471);
            var row = new CaseOutcome
            {
                Reason = eligible ? OutcomeReason.Eligible : NotEligible[random.Next(NotEligible.Length)],
                TermMonths = term,
                ReducedTermMonths = eligible ? (short)(term * 4 / 5) : term,
                OriginalReleaseDay = orderDay + random.Next(1, 9_000),
                ReleaseDay = DayNumbers.None,
                Flags = OutcomeFlags.HasRelease,
            };
            if (eligible)
            {
                row.ReleaseDay = Math.Max(orderDay - 2, row.OriginalReleaseDay - random.Next(0, 1_500));
                row.Disposition = (ReleaseDisposition)random.Next(1, ReleaseDispositions.Count);
            }

            for (var d = 0; d < Dimensions.Count; d++)
            {
                row.Keys[d] = codes[(Dimension)d].Intern(values[d][random.Next(values[d].Length)]);
            }

            rows.Add(in row);
        }

        return (rows, codes);
    }

    /// <summary>A write-only stream that only counts bytes, so the benchmark measures formatting, not the disk.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
