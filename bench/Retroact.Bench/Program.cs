using System.Diagnostics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Running;
using Retroact.Bench;

// `cpu-time METHOD [SECONDS]`: a RetroactivityBenchmarks method, EvaluationBenchmarks' OneCore or CustodyBenchmarks'
// FullDecisions, timed by this thread's CPU time (CpuTime); otherwise every benchmark class in this assembly through BenchmarkDotNet; pick with --filter (e.g.
// --filter '*Custody*').
if (args is ["cpu-time", var method, ..])
{
    CpuTime.Run(method, args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

/// <summary>
/// Times a <see cref="RetroactivityBenchmarks"/> method (1,000 decisions per call), <see cref="EvaluationBenchmarks.OneCore"/>
/// (the default population's 205,795 decisions per call) or <see cref="CustodyBenchmarks.FullDecisions"/> (4,096 decisions
/// with their release plans per call) by the CPU time of the calling thread as
/// well as by the wall clock, in half-second windows: the first half of the run is warm-up (its windows are printed, so the
/// tiered JIT's move to optimized code is visible), the second half is reported as the median and the lowest window. On a
/// core shared with other processes the wall clock counts their time slices too, the thread's CPU time does not
/// (BenchmarkDotNet measures wall-clock time only). Linux only: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, which .NET
/// does not expose for the current thread.
/// </summary>
internal static partial class CpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    public static void Run(string method, double seconds)
    {
        var (call, decisionsPerCall) = method switch
        {
            nameof(EvaluationBenchmarks.OneCore) => EvaluationOneCore(),
            nameof(CustodyBenchmarks.FullDecisions) => FullDecisions(),
            _ => (Retroactivity(method), 1000),
        };
        var warmUp = new List<(double Cpu, double Wall)>();
        var measured = new List<(double Cpu, double Wall)>();
        var run = Stopwatch.StartNew();
        while (run.Elapsed.TotalSeconds < seconds)
        {
            var calls = 0;
            var cpu = ThreadNanoseconds();
            var wall = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(wall).TotalSeconds < 0.5)
            {
                call();
                calls++;
            }

            var window = ((ThreadNanoseconds() - cpu) / (double)(calls * decisionsPerCall), Stopwatch.GetElapsedTime(wall).TotalNanoseconds / (calls * decisionsPerCall));
            (run.Elapsed.TotalSeconds <= seconds / 2 ? warmUp : measured).Add(window);
        }

        Console.WriteLine($"{method}: warm-up windows (CPU ns per decision): {string.Join(" ", warmUp.Select(w => w.Cpu.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
        var cpuTimes = measured.Select(w => w.Cpu).Order().ToList();
        var wallTimes = measured.Select(w => w.Wall).Order().ToList();
        Console.WriteLine(System.FormattableString.Invariant(
            $"{method}: CPU time median {cpuTimes[cpuTimes.Count / 2]:F1} ns, lowest {cpuTimes[0]:F1} ns; wall clock median {wallTimes[wallTimes.Count / 2]:F1} ns, lowest {wallTimes[0]:F1} ns per decision ({measured.Count} windows of 0.5 s)"));
    }

    /// <summary>EvaluationBenchmarks.OneCore: the default population's decisions on this thread.</summary>
    private static (Func<int> Call, int DecisionsPerCall) EvaluationOneCore()
    {
        var benchmarks = new EvaluationBenchmarks();
        benchmarks.Setup();
        return (benchmarks.OneCore, Retroact.Population.Synthetic.SyntheticPopulation.DefaultCount);
    }

    /// <summary>CustodyBenchmarks.FullDecisions.DecisionsWithReleaseDates: a decision and, when the range falls, its release plan.</summary>
    private static (Func<int> Call, int DecisionsPerCall) FullDecisions()
    {
        var benchmarks = new CustodyBenchmarks.FullDecisions();
        benchmarks.Setup();
        return (benchmarks.DecisionsWithReleaseDates, CustodyBenchmarks.FullDecisions.Count);
    }

    private static Func<int> Retroactivity(string method)
    {
        var benchmarks = new RetroactivityBenchmarks();
        benchmarks.Setup();
        return method switch
        {
            nameof(RetroactivityBenchmarks.BatchDecision) => benchmarks.BatchDecision,
            nameof(RetroactivityBenchmarks.BatchDecisionMixedDrugs) => benchmarks.BatchDecisionMixedDrugs,
            nameof(RetroactivityBenchmarks.BatchDecisionCareerOffender) => benchmarks.BatchDecisionCareerOffender,
            nameof(RetroactivityBenchmarks.BatchDecisionAlreadyApplied) => benchmarks.BatchDecisionAlreadyApplied,
            nameof(RetroactivityBenchmarks.TwoGuidelineCalculations) => benchmarks.TwoGuidelineCalculations,
            _ => throw new ArgumentException($"cpu-time: no batch benchmark {method}", nameof(method)),
        };
    }

    private static long ThreadNanoseconds() =>
        ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds
        : throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed (Linux only)");

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
