using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Retroact.Law;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Loading;
using Retroact.Law.Model;

namespace Retroact.Bench;

/// <summary>
/// The law core on one core: Sentencing Table look-ups, full guideline calculations on the allocation-free batch path,
/// the explained path, and loading the whole embedded law. Each benchmark runs over 1,000 precomputed inputs per
/// invocation, so the per-operation time is the reported mean (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class LawBenchmarks
{
    private const int Count = 1000;
    private readonly int[] _levels = new int[Count];
    private readonly CriminalHistoryCategory[] _categories = new CriminalHistoryCategory[Count];
    private readonly Case[] _cases = new Case[Count];
    private readonly ManualEdition[] _editions = new ManualEdition[Count];
    private ManualEdition _edition = null!;

    [GlobalSetup]
    public void Setup()
    {
        var law = LawLibrary.Default;
        _edition = law.EditionInForce(new LocalDate(2015, 1, 1));
        var random = new Random(782);
        string[] substances = ["heroin", "cocaine", "cocaine-base", "methamphetamine", "methamphetamine-actual", "marihuana", "fentanyl", "oxycodone-actual"];
        for (var i = 0; i < Count; i++)
        {
            _levels[i] = random.Next(1, 44);
            _categories[i] = (CriminalHistoryCategory)random.Next(1, 7);
            var drugs = ImmutableArray.CreateBuilder<DrugAmount>();
            drugs.Add(new DrugAmount(substances[random.Next(substances.Length)], Math.Round((decimal)Math.Pow(10, random.NextDouble() * 5), 2)));
            if (random.Next(5) == 0)
            {
                drugs.Add(new DrugAmount(substances[random.Next(substances.Length)], Math.Round((decimal)Math.Pow(10, random.NextDouble() * 5), 2)));
            }

            _cases[i] = new Case
            {
                Id = $"b{i}",
                SentencedOn = new LocalDate(2011, 11, 1).PlusDays(random.Next(0, 5000)),
                Drugs = drugs.ToImmutable(),
                OffenseLevelAdjustments = random.Next(-5, 5),
                MitigatingRole = random.Next(6) == 0 ? MitigatingRole.Minor : null,
                CriminalHistoryPoints = random.Next(0, 16),
                StatutoryMinimumMonths = random.Next(3) == 0 ? 120 : null,
                CareerOffender = random.Next(12) == 0 ? new CareerOffenderFinding(31) : null,
            };
            _editions[i] = law.EditionInForce(_cases[i].SentencedOn);
        }
    }

    /// <summary>One Sentencing Table range and zone look-up.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int RangeLookup()
    {
        var sum = 0;
        for (var i = 0; i < Count; i++)
        {
            sum += GuidelineCalculator.Range(_edition, _levels[i], _categories[i]).Range.Minimum.Count;
        }

        return sum;
    }

    /// <summary>One full calculation on the batch path (drugs, role cap, total, category, career offender, range, zone, §5G1.1).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int FullCalculation()
    {
        var sum = 0;
        for (var i = 0; i < Count; i++)
        {
            sum += GuidelineCalculator.CalculateFigures(_cases[i], _editions[i]).TotalOffenseLevel;
        }

        return sum;
    }

    /// <summary>One full calculation on the explained path (trace with citations).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int ExplainedCalculation()
    {
        var sum = 0;
        for (var i = 0; i < Count; i++)
        {
            sum += GuidelineCalculator.Calculate(_cases[i], _editions[i]).Trace.Count;
        }

        return sum;
    }

    /// <summary>Reading and validating the whole embedded law (every edition, amendment and table).</summary>
    [Benchmark]
    public int LoadWholeLaw() => new LawLoader(new EmbeddedLawSource()).Load().Editions.Length;
}
