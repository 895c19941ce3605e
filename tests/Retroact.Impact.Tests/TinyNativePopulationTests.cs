using NodaTime;
using Retroact.Impact.Pipeline;
using Retroact.Impact.Reports;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Population;
using Retroact.Population.Reading;
using Retroact.Population.Records;

namespace Retroact.Impact.Tests;

/// <summary>
/// The whole pipeline (reader, §1B1.10 engine, release planner, tally) on Data/tiny-native-population.csv, 20 rows of
/// native CSV under Amendment 782. Every expected figure is worked by hand in Data/tiny-native-population.md.
/// </summary>
public sealed class TinyNativePopulationTests
{
    private static readonly Lazy<(ImpactReport Report, List<Rejection> Rejects)> Result = new(Run);

    private static ImpactReport Report => Result.Value.Report;

    private static (ImpactReport, List<Rejection>) Run()
    {
        var rejects = new List<Rejection>();
        using var reader = PopulationReader.Open(Path.Combine(AppContext.BaseDirectory, "Data", "tiny-native-population.csv"), PopulationFormat.Native);
        using var decisions = new MemoryStream();
        var report = ImpactPipeline.Default.Run(reader, AmendmentCatalog.Default.Find("782")!, null, "tiny", null, decisions, rejects.Add, _ => { });
        return (report, rejects);
    }

    [Fact]
    public void Two_bad_rows_are_rejected_with_field_and_value_and_the_rest_run()
    {
        Assert.Equal(new InputSummary(Read: 20, Accepted: 18, Rejected: 2, Unevaluable: 0, AssumptionsFilled: 0), Report.Input);
        Assert.Equal([("termMonths", "87 months"), ("sentencedOn", "2013-02-30")], Result.Value.Rejects.Select(r => (r.Field, r.Value)));
    }

    [Fact]
    public void Ten_of_eighteen_are_eligible_and_each_other_reason_counts_its_case()
    {
        Assert.Equal((18L, 10L, 0.5556m), (Report.Eligible.Evaluated, Report.Eligible.Count, Report.Eligible.Share));
        Assert.Equal(
            [
                new CodeCount("not-applicable", 1), new CodeCount("insufficient-data", 1), new CodeCount("already-applied", 1), new CodeCount("not-covered", 0),
                new CodeCount("range-not-lowered", 1), new CodeCount("career-offender", 1), new CodeCount("mandatory-minimum", 1),
                new CodeCount("no-reduction-available", 2), new CodeCount("unevaluable", 0),
            ],
            Report.IneligibleByReason);
    }

    [Fact]
    public void Cuts_in_months_and_percent_of_the_term_and_their_bands()
    {
        var r = Report.ReductionMonths;
        Assert.Equal((19.8m, 12m, 26.18m, 17.78m), (r.Mean, r.Median, r.MeanPercent, r.MedianPercent));
        Assert.Equal((8L, 1L, 6L, 2L, 1L), (r.Bands.None, r.Bands.Under12, r.Bands.From12To24, r.Bands.From24To60, r.Bands.Over60));
    }

    [Fact]
    public void One_leaves_on_the_first_day_six_within_the_first_year_and_one_was_out_before_the_order()
    {
        var s = Report.Releases;
        Assert.Equal(new LocalDate(2015, 10, 30), s.FirstDay);
        Assert.Equal((10L, 1L, 1L, 1L, 6L, 1L, 0L), (s.Total, s.FirstDayCount, s.FirstWeek.Sum(d => d.Count), s.Immediate, s.FirstYear, s.ReleasedBeforeOrder, s.WithoutReleaseDate));
        Assert.Equal([(2015, 3L), (2016, 3L), (2017, 2L), (2019, 1L), (2021, 1L)], s.ByYear.Where(y => y.Count > 0).Select(y => (y.Year, y.Count)));
        Assert.Equal(1, s.FirstDayDispositions.Single(c => c.Code == "ice-custody").Count);
    }

    [Fact]
    public void Each_disposition_counts_its_person()
    {
        Assert.Equal(
            [
                new CodeCount("community", 6), new CodeCount("rrc-release", 1), new CodeCount("home-confinement-release", 1),
                new CodeCount("ice-custody", 1), new CodeCount("detainer-custody", 1),
            ],
            Report.Dispositions);
    }

    [Fact]
    public void Saved_days_are_priced_at_each_fiscal_year_s_cost()
    {
        Assert.Equal(14.4m, Report.BedYearsSaved);
        Assert.Equal(509_300.14m, Report.DollarsSaved.Total);
        Assert.Equal(
            [
                (2016, 1070L, 93_486.57m), (2017, 1015L, 88_924.15m), (2018, 474L, 41_527.14m), (2019, 494L, 47_839.50m),
                (2020, 366L, 39_158.00m), (2021, 248L, 26_605.98m), (2022, 365L, 39_158.00m), (2023, 365L, 39_158.00m),
                (2024, 366L, 39_158.00m), (2025, 365L, 39_158.00m), (2026, 141L, 15_126.79m),
            ],
            Report.DollarsSaved.ByFiscalYear.Select(y => (y.FiscalYear, y.Days, y.Dollars)));
    }

    [Fact]
    public void The_district_breakdown_counts_cases_eligible_and_released()
    {
        var district = Report.Breakdowns.Single(b => b.Dimension == "district").Groups;
        Assert.Equal(
            [("AZ", 8L, 1L, 1L), ("MD", 4L, 4L, 4L), ("TX-S", 6L, 5L, 5L)],
            district.Select(g => (g.Key, g.Cases, g.Eligible, g.Releases)));
    }
}
