using BenchmarkDotNet.Attributes;
using Retroact.Impact.Pipeline;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Population.Synthetic;

namespace Retroact.Bench;

/// <summary>
/// Evaluation alone (issue 6: "at least 10 million decisions per second across both cores"): the §1B1.10 batch decision
/// under Amendment 782 for every person of the default population (205,795 generated people in custody on
/// 2015-10-31, drug and non-drug cases alike, as an impact run decides them), on one core and split in two halves run
/// at once on both cores. No reading, no release plan, no output. OperationsPerInvoke makes the mean the wall time per
/// decision, so decisions per second = 10^9 / mean. Run (no --affinity: the parallel case needs both cores):
/// <c>dotnet bin/Release/net10.0/Retroact.Bench.dll --filter '*EvaluationBenchmarks*' --job short --warmupCount 10 --iterationCount 10</c>.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private const int Count = SyntheticPopulation.DefaultCount;
    private readonly DecisionFigures[] _results = new DecisionFigures[Count];
    private Case[] _cases = [];
    private RetroactivityEngine _engine = null!;
    private Amendment _amendment = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = RetroactivityEngine.Default;
        _amendment = _engine.Catalog.Find("782")!;
        _cases = [.. SyntheticPopulation.Generate(ImpactPipeline.DefaultPopulationAsOf(_amendment), Count, SyntheticPopulation.DefaultSeed)];
    }

    /// <summary>Every case decided on the calling thread.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int OneCore()
    {
        _engine.Decide(_cases, _amendment, null, _results);
        return _results[Count - 1].TermMonths;
    }

    /// <summary>The first and second halves decided at once, one per core.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int BothCores()
    {
        const int half = Count / 2;
        Parallel.Invoke(
            () => _engine.Decide(_cases.AsSpan(0, half), _amendment, null, _results.AsSpan(0, half)),
            () => _engine.Decide(_cases.AsSpan(half), _amendment, null, _results.AsSpan(half)));
        return _results[Count - 1].TermMonths;
    }
}
