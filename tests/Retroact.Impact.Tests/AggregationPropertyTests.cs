using FsCheck;
using FsCheck.Xunit;
using Retroact.Impact.Aggregation;
using Retroact.Impact.Costs;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

public sealed class AggregationPropertyTests
{
    private static ImpactReport Report(int seed, int count, out OutcomeTable rows)
    {
        var (table, codes) = RandomOutcomes.Generate(seed, count);
        rows = table;
        return ImpactAnalysis.Analyse(table, new RunDescription("782", RandomOutcomes.OrderDate, "random", count, 0), codes, CostSchedule.Default, null);
    }

    [Property(MaxTest = 60)]
    public bool Every_case_is_eligible_or_ineligible_for_exactly_one_reason(int seed, PositiveInt size)
    {
        var r = Report(seed, size.Get % 3_000, out _);
        return r.Eligible.Count + r.IneligibleByReason.Sum(c => c.Count) == r.Input.Accepted;
    }

    [Property(MaxTest = 60)]
    public bool Bands_cover_every_evaluated_case_and_the_histogram_every_eligible_one(int seed, PositiveInt size)
    {
        var r = Report(seed, size.Get % 3_000, out _);
        var b = r.ReductionMonths.Bands;
        return b.None + b.Under12 + b.From12To24 + b.From24To60 + b.Over60 == r.Eligible.Evaluated
            && r.ReductionMonths.Histogram.Sum(h => h.Count) == r.Eligible.Count;
    }

    [Property(MaxTest = 60)]
    public bool Releases_by_year_by_disposition_and_by_group_all_sum_to_the_total(int seed, PositiveInt size)
    {
        var r = Report(seed, size.Get % 3_000, out _);
        var total = r.Releases.Total;
        return r.Releases.ByYear.Sum(y => y.Count) + r.Releases.Later == total
            && r.Dispositions.Sum(d => d.Count) == total
            && r.Breakdowns.All(t => t.Groups.Sum(g => g.Releases) == total && t.Groups.Sum(g => g.Cases) == r.Input.Accepted);
    }

    [Property(MaxTest = 60)]
    public bool Days_saved_by_fiscal_year_sum_to_the_days_saved_case_by_case(int seed, PositiveInt size)
    {
        var r = Report(seed, size.Get % 3_000, out var rows);
        long perCase = 0;
        for (var c = 0; c < rows.ChunkCount; c++)
        {
            foreach (ref readonly var row in rows.Chunk(c))
            {
                perCase += row.SavedDays;
            }
        }

        return r.DollarsSaved.ByFiscalYear.Sum(y => y.Days) == perCase;
    }

    [Fact]
    public void Parallel_aggregation_of_many_chunks_equals_one_sequential_pass()
    {
        var (rows, codes) = RandomOutcomes.Generate(2024, 300_000);
        var parallel = ImpactAggregator.Aggregate(rows, RandomOutcomes.OrderDate, CostSchedule.Default, codes);
        var sequential = new ImpactTally(parallel.Window, [.. Dimensions.All.Select(d => codes[d].Count)]);
        var cumulative = ImpactAggregator.CumulativeCost(parallel, CostSchedule.Default);
        for (var c = 0; c < rows.ChunkCount; c++)
        {
            foreach (ref readonly var row in rows.Chunk(c))
            {
                sequential.Add(in row, cumulative);
            }
        }

        var run = new RunDescription("782", RandomOutcomes.OrderDate, "random", rows.Count, 0);
        Assert.Equal(
            ReportJson.ToJson(ImpactReportBuilder.Build(sequential, run, CostSchedule.Default, codes, null)),
            ReportJson.ToJson(ImpactReportBuilder.Build(parallel, run, CostSchedule.Default, codes, null)));
    }
}
