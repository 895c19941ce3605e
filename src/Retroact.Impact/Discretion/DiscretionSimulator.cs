using Retroact.Impact.Aggregation;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Discretion;

/// <summary>
/// Seeded draws of which eligible motions courts grant. The eligible cases are first packed into compact arrays
/// (grant threshold, saved days, saved micro-dollars, first-year flag), then each draw is one pass over those arrays
/// with no re-evaluation. Whether case i is granted in draw d depends only on (seed, d, i), through the SplitMix64
/// finaliser, so the result does not depend on how draws are spread over threads.
/// </summary>
public static class DiscretionSimulator
{
    /// <summary>Days in a bed-year (a Julian year), the unit of <see cref="DiscretionSummary.BedYearsSaved"/>.</summary>
    public const decimal DaysPerBedYear = 365.25m;

    /// <summary>Runs <paramref name="draws"/> draws of <paramref name="model"/> over the eligible rows of <paramref name="rows"/>.</summary>
    /// <param name="rows">Every outcome row of the run.</param>
    /// <param name="tally">The run's tally (for the release window).</param>
    /// <param name="cumulativeMicroDollars">The running cost table the tally priced savings with.</param>
    /// <param name="model">The grant model.</param>
    /// <param name="codes">The run's code books, to resolve the model's breakdown values.</param>
    /// <param name="draws">How many draws, at least 1.</param>
    /// <param name="seed">The seed.</param>
    public static DiscretionSummary Run(
        OutcomeTable rows, ImpactTally tally, long[] cumulativeMicroDollars, GrantModel model, BreakdownCodes codes, int draws, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(draws, 1);
        var cases = Pack(rows, tally.Window, cumulativeMicroDollars, model.Compile(codes));
        var rules = model.Rules.Select((rule, r) => new RuleUse(rule, cases.RuleMatches[r])).ToList();
        var granted = new long[draws];
        var savedDays = new long[draws];
        var savedMicroDollars = new long[draws];
        var firstYear = new long[draws];
        Parallel.For(0, draws, draw =>
        {
            var key = Mix(unchecked(seed + ((ulong)draw * 0x9E3779B97F4A7C15UL)));
            long g = 0, days = 0, money = 0, early = 0;
            var thresholds = cases.Thresholds;
            var saved = cases.SavedDays;
            var dollars = cases.SavedMicroDollars;
            var firstYears = cases.FirstYear;
            for (var i = 0; i < thresholds.Length; i++)
            {
                // Branch-free: granted is 1 when the draw falls below the threshold (u < 2^32, threshold ≤ 2^32), else 0.
                var u = Mix(unchecked(key + ((ulong)i * 0xD1B54A32D192ED03UL))) >> 32;
                var hit = (long)(unchecked(u - thresholds[i]) >> 63);
                g += hit;
                days += saved[i] & -hit;
                money += dollars[i] & -hit;
                early += firstYears[i] & hit;
            }

            (granted[draw], savedDays[draw], savedMicroDollars[draw], firstYear[draw]) = (g, days, money, early);
        });

        return new DiscretionSummary(
            model.Description,
            rules,
            draws,
            seed,
            Distribution.Of(granted, 1m, 1),
            Distribution.Of(savedDays, DaysPerBedYear, 1),
            Distribution.Of(savedMicroDollars, 1_000_000m, 2),
            Distribution.Of(firstYear, 1m, 1));
    }

    private static PackedCases Pack(OutcomeTable rows, ReleaseWindow window, long[] cumulative, CompiledRule[] rules)
    {
        var offsets = new int[rows.ChunkCount + 1];
        Parallel.For(0, rows.ChunkCount, chunk =>
        {
            var n = 0;
            foreach (ref readonly var row in rows.Chunk(chunk))
            {
                n += row.Eligible ? 1 : 0;
            }

            offsets[chunk + 1] = n;
        });
        for (var c = 0; c < rows.ChunkCount; c++)
        {
            offsets[c + 1] += offsets[c];
        }

        var packed = new PackedCases(offsets[^1], rules.Length);
        Parallel.For(0, rows.ChunkCount, chunk =>
        {
            var i = offsets[chunk];
            var matches = new long[rules.Length];
            foreach (ref readonly var row in rows.Chunk(chunk))
            {
                if (!row.Eligible)
                {
                    continue;
                }

                var rule = GrantModel.RuleIndexFor(in row, rules);
                matches[rule]++;
                packed.Thresholds[i] = rules[rule].Threshold;
                if (row.ReleasedByOrder)
                {
                    var from = row.ReleaseDay - window.FirstDay;
                    var until = Math.Max(row.ReleaseDay, row.OriginalReleaseDay) - window.FirstDay;
                    packed.SavedDays[i] = row.SavedDays;
                    packed.SavedMicroDollars[i] = cumulative[until] - cumulative[from];
                    packed.FirstYear[i] = row.ReleaseDay < window.FirstYearEndDay ? 1 : 0;
                }

                i++;
            }

            for (var r = 0; r < matches.Length; r++)
            {
                Interlocked.Add(ref packed.RuleMatches[r], matches[r]);
            }
        });
        return packed;
    }

    /// <summary>The SplitMix64 finaliser (Steele, Lea and Flood 2014): a fixed bijection of 64-bit values.</summary>
    internal static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private sealed class PackedCases(int count, int rules)
    {
        /// <summary>How many eligible cases each rule of the model set the rate of (the first rule that matched).</summary>
        public readonly long[] RuleMatches = new long[rules];

        public ulong[] Thresholds { get; } = new ulong[count];
        public long[] SavedDays { get; } = new long[count];
        public long[] SavedMicroDollars { get; } = new long[count];
        public long[] FirstYear { get; } = new long[count];
    }
}
