using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Retroact.Law.Retroactivity;
using Retroact.Law.Retroactivity.Amendments;

namespace Retroact.Bench;

/// <summary>
/// §1B1.10 decisions under Amendment 782 on one core: the batch path (figures only, no trace) over 1,000 drug cases
/// sentenced 2008–2014, with and without career-offender findings, and the explained path. OperationsPerInvoke makes the
/// reported mean the time per decision.
/// </summary>
[MemoryDiagnoser]
public class RetroactivityBenchmarks
{
    private const int Count = 1000;
    private readonly Case[] _cases = new Case[Count];
    private readonly Case[] _careerOffenders = new Case[Count];
    private readonly Case[] _alreadyApplied = new Case[Count];
    private readonly Case[] _mixedDrugs = new Case[Count];
    private readonly DecisionFigures[] _results = new DecisionFigures[Count];
    private readonly ManualEdition[] _editions = new ManualEdition[Count];
    private readonly ManualEdition[] _amendedEditions = new ManualEdition[Count];
    private RetroactivityEngine _engine = null!;
    private Amendment _amendment = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = RetroactivityEngine.Default;
        _amendment = _engine.Catalog.Find("782")!;
        var random = new Random(782);
        string[] substances = ["heroin", "cocaine", "cocaine-base", "methamphetamine", "methamphetamine-actual", "marihuana", "fentanyl"];
        var mixed = new Random(711);
        for (var i = 0; i < Count; i++)
        {
            var drugs = ImmutableArray.CreateBuilder<DrugAmount>();
            drugs.Add(new DrugAmount(substances[random.Next(substances.Length)], Math.Round((decimal)Math.Pow(10, random.NextDouble() * 5), 2)));
            if (random.Next(5) == 0)
            {
                drugs.Add(new DrugAmount(substances[random.Next(substances.Length)], Math.Round((decimal)Math.Pow(10, random.NextDouble() * 5), 2)));
            }

            var sentenced = new LocalDate(2008, 1, 1).PlusDays(random.Next(0, 2500));
            _cases[i] = new Case
            {
                Id = $"b{i}",
                SentencedOn = sentenced,
                Drugs = drugs.ToImmutable(),
                OffenseLevelAdjustments = random.Next(-5, 5),
                CriminalHistoryPoints = random.Next(0, 16),
                StatutoryMinimumMonths = random.Next(3) == 0 ? 60 : null,
                SubstantialAssistance = random.Next(8) == 0 ? SubstantialAssistance.Section3553e : null,
                TermMonths = random.Next(60, 240),
                Custody = random.Next(2) == 0 ? new CustodyFacts { CommencedOn = sentenced.PlusDays(30), PriorCustodyDays = random.Next(0, 300) } : null,
            };
            _careerOffenders[i] = _cases[i] with { CareerOffender = new CareerOffenderFinding(31) };
            _alreadyApplied[i] = _cases[i] with { SentencedOn = sentenced.PlusYears(8) };
            _mixedDrugs[i] = _cases[i] with { Drugs = MixedDrugs(mixed, substances) };
            _editions[i] = GuidelineCalculator.EditionFor(_cases[i], _engine.Catalog.Law);
            _amendedEditions[i] = _editions[i].With(_amendment.File.Overlay);
        }
    }

    private static ImmutableArray<DrugAmount> MixedDrugs(Random random, string[] substances)
    {
        var drugs = ImmutableArray.CreateBuilder<DrugAmount>();
        var count = random.Next(2, 4);
        foreach (var substance in substances.Where(s => !s.EndsWith("-actual", StringComparison.Ordinal)).OrderBy(_ => random.Next()).Take(count))
        {
            drugs.Add(new DrugAmount(substance, Math.Round((decimal)Math.Pow(10, random.NextDouble() * 4), 2)));
        }

        return drugs.ToImmutable();
    }

    /// <summary>The floor under a decision's cost: the two guideline calculations it needs (original and amended edition), nothing else.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int TwoGuidelineCalculations()
    {
        var sum = 0;
        for (var i = 0; i < Count; i++)
        {
            sum += GuidelineCalculator.CalculateFigures(_cases[i], _editions[i]).TotalOffenseLevel
                + GuidelineCalculator.CalculateFigures(_cases[i], _amendedEditions[i]).TotalOffenseLevel;
        }

        return sum;
    }

    /// <summary>One decision on the batch path: original and amended ranges, eligibility, reduced term, no trace.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int BatchDecision()
    {
        _engine.Decide(_cases, _amendment, null, _results);
        return _results[Count - 1].TermMonths;
    }

    /// <summary>One decision on the batch path for the same cases with two or three different substances each (combined by marihuana equivalency).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int BatchDecisionMixedDrugs()
    {
        _engine.Decide(_mixedDrugs, _amendment, null, _results);
        return _results[Count - 1].TermMonths;
    }

    /// <summary>One decision on the batch path for a career offender (a second calculation without the §4B1.1 finding).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int BatchDecisionCareerOffender()
    {
        _engine.Decide(_careerOffenders, _amendment, null, _results);
        return _results[Count - 1].TermMonths;
    }

    /// <summary>One decision on the batch path for a case sentenced 2016–2022, under a Manual that already has 782 (already-applied).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int BatchDecisionAlreadyApplied()
    {
        _engine.Decide(_alreadyApplied, _amendment, null, _results);
        return _results[Count - 1].TermMonths;
    }

    /// <summary>One explained decision (every step with its citation).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int ExplainedDecision()
    {
        var steps = 0;
        for (var i = 0; i < Count; i++)
        {
            steps += _engine.Decide(_cases[i], _amendment, null).Trace.Count;
        }

        return steps;
    }
}
