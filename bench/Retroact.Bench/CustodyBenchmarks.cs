using BenchmarkDotNet.Attributes;
using NodaTime;
using Retroact.Custody.Release;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Law.Tracing;
using Retroact.Population.Synthetic;

namespace Retroact.Bench;

/// <summary>
/// Full release plans (original and reduced computation, order rule, weekend/holiday rule, disposition) per second on
/// one core, on the batch path (<see cref="NoTrace"/>). Results: bench/results/custody.md.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MaxColumn]
public class CustodyBenchmarks
{
    private const int Cases = 4096;
    private static readonly LocalDate Order = new(2015, 11, 1);

    private readonly ReleasePlanner _planner = ReleasePlanner.Current;
    private Case[] _cases = [];
    private int[] _reduced = [];

    /// <summary>
    /// The as-of date: as of 2015 every term is computed under the years-served method; as of 2020 a term still running on
    /// Jul 19, 2019 is computed under it and then recomputed under the First Step Act method (two computations).
    /// </summary>
    [Params("2015-11-01", "2020-01-01")]
    public string AsOf { get; set; } = "2015-11-01";

    private LocalDate _asOf;

    [GlobalSetup]
    public void Setup()
    {
        _asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(AsOf).Value;
        var random = new Random(782);
        _cases = new Case[Cases];
        _reduced = new int[Cases];
        for (var i = 0; i < Cases; i++)
        {
            var term = random.Next(13, 400);
            var commenced = new LocalDate(1995, 1, 1).PlusDays(random.Next(0, 7500));
            _cases[i] = new Case
            {
                Id = $"c{i}",
                SentencedOn = commenced,
                TermMonths = term,
                ConsecutiveMonths = random.Next(10) == 0 ? 60 : 0,
                Custody = new CustodyFacts
                {
                    CommencedOn = commenced,
                    PriorCustodyDays = random.Next(0, 400),
                    Status = (CustodyStatus)random.Next(3),
                },
                Detainers = random.Next(6) switch { 0 => [Detainer.Ice], 1 => [Detainer.State], _ => [] },
            };
            _reduced[i] = term - random.Next(0, term / 5 + 1);
        }

        Plans();
    }

    /// <summary>Plans every case once; the reported time is per plan.</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public int Plans()
    {
        var checksum = 0;
        for (var i = 0; i < _cases.Length; i++)
        {
            var plan = _planner.Plan(_cases[i], _reduced[i], Order, _asOf, default(NoTrace));
            checksum += plan.GoodConductTimeDays + (int)plan.Disposition;
        }

        return checksum;
    }

    /// <summary>
    /// Issue 4's "full decisions with release dates": per case, the §1B1.10 decision under Amendment 782 on the batch path,
    /// then, when the range falls (eligible, or no reduction available), the release plan for the reduced term as of the
    /// order's effective date, as <c>ImpactPipeline.Evaluate</c> does (without its rare second decision for a person released
    /// before the order). The cases are the first 4,096 drug cases with custody facts of the default synthetic population
    /// (the one <c>retroact impact</c> analyses with no input file). The reported time is per case. Nested so that the as-of
    /// parameter above does not apply.
    /// </summary>
    [MemoryDiagnoser]
    [MinColumn]
    [MaxColumn]
    public class FullDecisions
    {
        /// <summary>How many cases each call decides.</summary>
        public const int Count = 4096;
        private readonly RetroactivityEngine _engine = RetroactivityEngine.Default;
        private readonly ReleasePlanner _planner = ReleasePlanner.Current;
        private Case[] _cases = [];
        private Amendment _amendment = null!;
        private LocalDate _order;

        [GlobalSetup]
        public void Setup()
        {
            _amendment = _engine.Catalog.Find("782")!;
            _order = RetroactivityEngine.OrderEffectiveDate(_amendment, null);
            _cases = [.. SyntheticPopulation.Generate(SyntheticPopulation.DefaultAsOf, 4 * Count, SyntheticPopulation.DefaultSeed)
                .Where(c => c.Custody is not null && !c.Drugs.IsDefaultOrEmpty)
                .Take(Count)];
            DecisionsWithReleaseDates();
        }

        /// <summary>One decision and, when the range falls, its release plan; the reported time is per case.</summary>
        [Benchmark(OperationsPerInvoke = Count)]
        public int DecisionsWithReleaseDates()
        {
            var checksum = 0;
            for (var i = 0; i < _cases.Length; i++)
            {
                _engine.Decide(_cases[i], _amendment, null, default(NoTrace), out var figures);
                checksum += figures.TermMonths;
                if (figures.Reason is EligibilityReason.Eligible or EligibilityReason.NoReductionAvailable)
                {
                    var plan = _planner.Plan(_cases[i], figures.ReducedTermMonths, _order, _order, default(NoTrace)); // null unless eligible
                    checksum += plan.ReleaseDate.GetValueOrDefault().Day;
                }
            }

            return checksum;
        }

        /// <summary>The decisions alone over the same cases, to tell the two costs apart.</summary>
        [Benchmark(OperationsPerInvoke = Count)]
        public int DecisionsOnly()
        {
            var checksum = 0;
            for (var i = 0; i < _cases.Length; i++)
            {
                _engine.Decide(_cases[i], _amendment, null, default(NoTrace), out var figures);
                checksum += figures.TermMonths;
            }

            return checksum;
        }
    }
}
