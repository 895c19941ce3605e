using Retroact.Custody.Computation;
using Retroact.Impact.Aggregation;
using Retroact.Impact.Costs;
using Retroact.Impact.Discretion;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Reports;

/// <summary>Turns a tally into the report's figures; every definition is in <c>docs/impact.md</c>.</summary>
public static class ImpactReportBuilder
{
    /// <summary>The statement made when no grant model is given.</summary>
    public const string AllGrantedAssumption =
        "Every eligible motion is granted, at the comparable position in the amended range: the Sentencing Commission's assumption in its retroactivity impact analyses. Courts grant fewer; use --grant-rate or --grant-model to model that.";

    /// <summary>Years of the releases-by-year series.</summary>
    public const int ReleaseYears = 30;

    /// <summary>Width of a reduction histogram bin, in months.</summary>
    public const int HistogramBinMonths = 6;

    /// <summary>Where the histogram's last, open-ended bin starts.</summary>
    public const int HistogramOpenFrom = 120;

    /// <summary>
    /// Builds the report. Throws <see cref="InvalidOperationException"/> when the counts do not add up
    /// (read ≠ accepted + rejected), which would mean a row was lost.
    /// </summary>
    public static ImpactReport Build(ImpactTally tally, RunDescription run, CostSchedule costs, BreakdownCodes codes, DiscretionSummary? discretion)
    {
        var total = tally.Total;
        if (run.Read != total.Cases + run.Rejected)
        {
            throw new InvalidOperationException($"rows lost: read {run.Read} but accepted {total.Cases} + rejected {run.Rejected}");
        }

        var unevaluable = total.Reasons[OutcomeReason.Unevaluable.Index];
        var evaluated = total.Cases - unevaluable;
        return new ImpactReport
        {
            Amendment = run.Amendment,
            AmendmentNote = run.AmendmentNote,
            OrderEffectiveDate = run.OrderEffectiveDate,
            Population = run.Population,
            Input = new InputSummary(run.Read, total.Cases, run.Rejected, unevaluable, total.AssumptionsFilled),
            Eligible = new EligibilitySummary(evaluated, total.Eligible, Ratio(total.Eligible, evaluated, 4)),
            IneligibleByReason = Ineligible(total.Reasons),
            ReductionMonths = Reductions(tally, evaluated),
            Releases = Releases(tally),
            Dispositions = DispositionCounts(total.Dispositions),
            BedYearsSaved = BedYears(total.SavedDays),
            DollarsSaved = Dollars(tally, costs),
            Breakdowns = [.. Dimensions.All.Select(d => Breakdown(d, tally.Groups[(int)d], codes[d]))],
            GrantAssumption = discretion is null ? AllGrantedAssumption
                : $"Motions are granted at random by {discretion.Model}, {discretion.Draws} seeded draws (seed {discretion.Seed}); the other figures assume every eligible motion is granted.",
            Discretion = discretion,
        };
    }

    private static List<CodeCount> Ineligible(long[] reasons) =>
        [.. OutcomeReason.All.Where(r => r != OutcomeReason.Eligible).Select(r => new CodeCount(r.Code, reasons[r.Index]))];

    private static List<CodeCount> DispositionCounts(long[] dispositions) =>
        [.. Enum.GetValues<ReleaseDisposition>().Where(d => d != ReleaseDisposition.None).Select(d => new CodeCount(d.Code(), dispositions[(int)d]))];

    private static ReductionSummary Reductions(ImpactTally tally, long evaluated)
    {
        var total = tally.Total;
        var months = tally.ReductionMonths;
        var bins = new List<HistogramBin>();
        for (var from = 0; from < HistogramOpenFrom; from += HistogramBinMonths)
        {
            bins.Add(new HistogramBin(from, from + HistogramBinMonths, Sum(months, from, from + HistogramBinMonths)));
        }

        bins.Add(new HistogramBin(HistogramOpenFrom, null, Sum(months, HistogramOpenFrom, months.Length)));
        var bands = new ReductionBands(
            evaluated - total.Eligible,
            Sum(months, 0, 12),
            Sum(months, 12, 24),
            Sum(months, 24, 61),
            Sum(months, 61, months.Length));
        return new ReductionSummary(
            Ratio(total.ReductionMonthsSum, total.Eligible, 2),
            Median(months, 1m),
            Ratio(total.ReductionBasisPointsSum, total.Eligible * 100, 2),
            Median(tally.ReductionBasisPoints, 100m),
            bins,
            bands);
    }

    private static ReleaseSummary Releases(ImpactTally tally)
    {
        var window = tally.Window;
        var total = tally.Total;
        var byDay = tally.ReleasesByDay;
        if (!window.HasReleases)
        {
            return new ReleaseSummary(0, null, 0, [], 0, 0, [], 0, DispositionCounts(tally.FirstDayDispositions),
                DispositionCounts(tally.FirstWeekDispositions), tally.ReleasedBeforeOrder, tally.EligibleWithoutRelease);
        }

        var firstDate = DayNumbers.ToDate(window.FirstDay);
        var week = Enumerable.Range(0, 7).Select(i => new DayCount(firstDate.PlusDays(i), i < byDay.Length ? byDay[i] : 0)).ToList();
        var years = new long[ReleaseYears];
        long later = 0;
        for (var i = 0; i < byDay.Length; i++)
        {
            if (byDay[i] == 0)
            {
                continue;
            }

            var yearIndex = firstDate.PlusDays(i).Year - firstDate.Year;
            if (yearIndex < ReleaseYears)
            {
                years[yearIndex] += byDay[i];
            }
            else
            {
                later += byDay[i];
            }
        }

        return new ReleaseSummary(
            byDay.Sum(),
            firstDate,
            byDay[0],
            week,
            tally.ImmediateReleases,
            total.FirstYearReleases,
            [.. years.Select((count, i) => new YearCount(firstDate.Year + i, count))],
            later,
            DispositionCounts(tally.FirstDayDispositions),
            DispositionCounts(tally.FirstWeekDispositions),
            tally.ReleasedBeforeOrder,
            tally.EligibleWithoutRelease);
    }

    private static DollarSummary Dollars(ImpactTally tally, CostSchedule costs)
    {
        var window = tally.Window;
        var years = new List<FiscalYearSaving>();
        if (window.HasReleases)
        {
            var date = DayNumbers.ToDate(window.FirstDay);
            var fiscalYear = CostSchedule.FiscalYearOf(date);
            var nextStart = DayNumbers.Of(CostSchedule.FiscalYearStart(fiscalYear + 1));
            long outEarly = 0, days = 0;
            for (var i = 0; i < window.Span; i++)
            {
                if (window.FirstDay + i == nextStart)
                {
                    AddYear(years, costs, fiscalYear, days);
                    (fiscalYear, days) = (fiscalYear + 1, 0);
                    nextStart = DayNumbers.Of(CostSchedule.FiscalYearStart(fiscalYear + 1));
                }

                outEarly += tally.OutEarlyDelta[i];
                days += outEarly;
            }

            AddYear(years, costs, fiscalYear, days);
        }

        return new DollarSummary(MicroToDollars(tally.Total.SavedMicroDollars), years);
    }

    private static void AddYear(List<FiscalYearSaving> years, CostSchedule costs, int fiscalYear, long days)
    {
        if (days == 0)
        {
            return;
        }

        var applied = costs.CostFor(fiscalYear);
        var basis = applied.Basis switch
        {
            CostBasis.Published => "published",
            CostBasis.CarriedForward => "carried-forward",
            _ => "carried-back",
        };
        years.Add(new FiscalYearSaving(fiscalYear, days, MicroToDollars(days * costs.MicroDollarsPerDay(fiscalYear)),
            applied.Figure.AnnualCost, applied.Figure.FiscalYear, basis, applied.Figure.Source));
    }

    private static BreakdownTable Breakdown(Dimension dimension, GroupTally[] groups, CodeBook book)
    {
        var rows = new List<BreakdownRow>();
        for (var code = 0; code < groups.Length; code++)
        {
            var g = groups[code];
            if (g.Cases == 0)
            {
                continue;
            }

            var evaluated = g.Cases - g.Reasons[OutcomeReason.Unevaluable.Index];
            rows.Add(new BreakdownRow(
                book.Name((ushort)code),
                g.Cases,
                g.Eligible,
                Ratio(g.Eligible, evaluated, 4),
                Ineligible(g.Reasons),
                Ratio(g.ReductionMonthsSum, g.Eligible, 2),
                Ratio(g.ReductionBasisPointsSum, g.Eligible * 100, 2),
                g.Dispositions.Sum(),
                g.FirstDayReleases,
                g.FirstWeekReleases,
                g.FirstYearReleases,
                DispositionCounts(g.Dispositions),
                BedYears(g.SavedDays),
                MicroToDollars(g.SavedMicroDollars),
                g.AssumptionsFilled));
        }

        return new BreakdownTable(dimension.Name(), [.. rows.OrderBy(r => r.Key == CodeBook.Unknown).ThenBy(r => r.Key, StringComparer.Ordinal)]);
    }

    /// <summary>Days as bed-years of 365.25 days, to one place.</summary>
    public static decimal BedYears(long days) => Math.Round(days / DiscretionSimulator.DaysPerBedYear, 1, MidpointRounding.AwayFromZero);

    /// <summary>Micro-dollars as dollars, to the cent.</summary>
    public static decimal MicroToDollars(long microDollars) => Math.Round(microDollars / 1_000_000m, 2, MidpointRounding.AwayFromZero);

    private static decimal Ratio(long numerator, long denominator, int decimals) =>
        denominator == 0 ? 0m : Math.Round((decimal)numerator / denominator, decimals, MidpointRounding.AwayFromZero);

    private static long Sum(long[] counts, int from, int to)
    {
        long sum = 0;
        for (var i = from; i < Math.Min(to, counts.Length); i++)
        {
            sum += counts[i];
        }

        return sum;
    }

    /// <summary>The median of a histogram of whole values (index = value), divided by <paramref name="scale"/>; 0 when empty.</summary>
    private static decimal Median(long[] histogram, decimal scale)
    {
        var n = histogram.Sum();
        if (n == 0)
        {
            return 0m;
        }

        var lower = ValueAtRank(histogram, (n + 1) / 2);
        var upper = ValueAtRank(histogram, (n / 2) + 1);
        return Math.Round((lower + upper) / 2m / scale, 2, MidpointRounding.AwayFromZero);
    }

    private static int ValueAtRank(long[] histogram, long rank)
    {
        long seen = 0;
        for (var value = 0; value < histogram.Length; value++)
        {
            seen += histogram[value];
            if (seen >= rank)
            {
                return value;
            }
        }

        return histogram.Length - 1;
    }
}
