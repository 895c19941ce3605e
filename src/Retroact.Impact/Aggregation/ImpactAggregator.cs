using NodaTime;
using Retroact.Impact.Costs;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Aggregation;

/// <summary>
/// Tallies outcome rows in parallel across every core: a first pass finds the release window, a second fills one
/// <see cref="ImpactTally"/> per worker, and the partial tallies are merged (exactly, being whole numbers).
/// Allocates per worker, never per row.
/// </summary>
public static class ImpactAggregator
{
    /// <summary>
    /// Tallies <paramref name="rows"/> for an order effective on <paramref name="orderEffectiveDate"/>, pricing saved
    /// custody days with <paramref name="costs"/>. <paramref name="codes"/> gives how many groups each dimension has.
    /// </summary>
    public static ImpactTally Aggregate(OutcomeTable rows, LocalDate orderEffectiveDate, CostSchedule costs, BreakdownCodes codes)
    {
        var window = ReleaseWindow.Find(rows, orderEffectiveDate);
        var cumulative = window.HasReleases ? costs.CumulativeMicroDollars(window.FirstDay, window.Span) : [0];
        var groupCounts = Dimensions.All.Select(d => codes[d].Count).ToArray();
        var result = new ImpactTally(window, groupCounts);
        var gate = new Lock();
        Parallel.For(
            0,
            rows.ChunkCount,
            () => new ImpactTally(window, groupCounts),
            (chunk, _, local) =>
            {
                foreach (ref readonly var row in rows.Chunk(chunk))
                {
                    local.Add(in row, cumulative);
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    result.Merge(local);
                }
            });
        return result;
    }

    /// <summary>The running cost table the tally priced savings with (micro-dollars from the first release day).</summary>
    public static long[] CumulativeCost(ImpactTally tally, CostSchedule costs) =>
        tally.Window.HasReleases ? costs.CumulativeMicroDollars(tally.Window.FirstDay, tally.Window.Span) : [0];
}
