using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Aggregation;

/// <summary>
/// The dates every release figure is measured against, found in a first pass over the rows: the first release day
/// (the earliest day a granted motion lets someone out, after the weekend and holiday rule), the end of the first
/// year (the order's effective date plus one year, exclusive), and the last original projected release day.
/// </summary>
/// <param name="OrderEffectiveDay">The order's effective date as a day number.</param>
/// <param name="FirstDay">The earliest release day of a granted motion, or <see cref="DayNumbers.None"/> when none moves a release.</param>
/// <param name="LastDay">The latest original projected release day among moved releases (the end of all savings).</param>
/// <param name="FirstYearEndDay">The order's effective date plus one year: releases before it are "within the first year".</param>
public readonly record struct ReleaseWindow(int OrderEffectiveDay, int FirstDay, int LastDay, int FirstYearEndDay)
{
    /// <summary>True when at least one granted motion moves a release.</summary>
    public bool HasReleases => FirstDay != DayNumbers.None;

    /// <summary>Days from <see cref="FirstDay"/> through <see cref="LastDay"/>, both included; 0 without releases.</summary>
    public int Span => HasReleases ? LastDay - FirstDay + 1 : 0;

    /// <summary>Finds the window over every row, in parallel.</summary>
    public static ReleaseWindow Find(OutcomeTable rows, LocalDate orderEffectiveDate)
    {
        var first = int.MaxValue;
        var last = int.MinValue;
        var gate = new Lock();
        Parallel.For(0, rows.ChunkCount, chunk =>
        {
            var (lo, hi) = (int.MaxValue, int.MinValue);
            foreach (ref readonly var row in rows.Chunk(chunk))
            {
                if (row.ReleasedByOrder)
                {
                    lo = Math.Min(lo, row.ReleaseDay);
                    hi = Math.Max(hi, Math.Max(row.ReleaseDay, row.OriginalReleaseDay));
                }
            }

            lock (gate)
            {
                first = Math.Min(first, lo);
                last = Math.Max(last, hi);
            }
        });

        var orderDay = DayNumbers.Of(orderEffectiveDate);
        var firstYearEnd = DayNumbers.Of(orderEffectiveDate.PlusYears(1));
        return first == int.MaxValue
            ? new ReleaseWindow(orderDay, DayNumbers.None, DayNumbers.None, firstYearEnd)
            : new ReleaseWindow(orderDay, first, last, firstYearEnd);
    }
}
