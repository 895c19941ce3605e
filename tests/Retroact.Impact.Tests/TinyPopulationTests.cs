using NodaTime;
using Retroact.Impact.Costs;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

/// <summary>The hand-built population of <c>Data/tiny-population.csv</c>: every expected figure is worked in that file.</summary>
public sealed class TinyPopulationTests
{
    private static readonly HandBuiltPopulation Population = HandBuiltPopulation.Load("tiny-population.csv");

    private static ImpactReport Report { get; } =
        ImpactAnalysis.Analyse(Population.Rows, Population.Run(read: 18, rejected: 2), Population.Codes, CostSchedule.Default, null);

    [Fact]
    public void Input_counts_every_row_read()
    {
        Assert.Equal(new InputSummary(Read: 18, Accepted: 16, Rejected: 2, Unevaluable: 1, AssumptionsFilled: 2), Report.Input);
    }

    [Fact]
    public void Eligible_count_and_share()
    {
        Assert.Equal(new EligibilitySummary(Evaluated: 15, Count: 9, Share: 0.6m), Report.Eligible);
    }

    [Fact]
    public void Ineligible_by_reason_in_engine_order()
    {
        Assert.Equal(
            [
                new CodeCount("not-applicable", 1), new CodeCount("insufficient-data", 0), new CodeCount("already-applied", 1), new CodeCount("not-covered", 0),
                new CodeCount("range-not-lowered", 1), new CodeCount("career-offender", 1), new CodeCount("mandatory-minimum", 1),
                new CodeCount("no-reduction-available", 1), new CodeCount("unevaluable", 1),
            ],
            Report.IneligibleByReason);
    }

    [Fact]
    public void Reductions_mean_median_and_bands()
    {
        var r = Report.ReductionMonths;
        Assert.Equal(31.22m, r.Mean);
        Assert.Equal(20m, r.Median);
        Assert.Equal(19.52m, r.MeanPercent);
        Assert.Equal(19.87m, r.MedianPercent);
        Assert.Equal(new ReductionBands(None: 6, Under12: 2, From12To24: 3, From24To60: 3, Over60: 1), r.Bands);
    }

    [Fact]
    public void Histogram_puts_each_cut_in_its_six_month_bin()
    {
        var counts = Report.ReductionMonths.Histogram.Where(b => b.Count > 0).Select(b => (b.FromMonths, b.Count)).ToList();
        Assert.Equal([(6, 2L), (12, 2L), (18, 1L), (24, 1L), (30, 1L), (42, 1L), (108, 1L)], counts);
        Assert.Null(Report.ReductionMonths.Histogram[^1].ToMonths);
    }

    [Fact]
    public void First_day_is_the_friday_before_sunday_november_1_2015()
    {
        var r = Report.Releases;
        Assert.Equal(new LocalDate(2015, 10, 30), r.FirstDay);
        Assert.Equal(3, r.FirstDayCount);
        Assert.Equal([3L, 0, 0, 1, 0, 0, 0], r.FirstWeek.Select(d => d.Count));
        Assert.Equal(new LocalDate(2015, 11, 5), r.FirstWeek[^1].Date);
        Assert.Equal(3, r.Immediate);
    }

    [Fact]
    public void Releases_within_the_first_year_and_by_year()
    {
        var r = Report.Releases;
        Assert.Equal(7, r.Total);
        Assert.Equal(5, r.FirstYear);
        Assert.Equal(30, r.ByYear.Count);
        Assert.Equal(
            [(2015, 4L), (2016, 1L), (2019, 1L), (2040, 1L)],
            r.ByYear.Where(y => y.Count > 0).Select(y => (y.Year, y.Count)));
        Assert.Equal(0, r.Later);
        Assert.Equal(1, r.ReleasedBeforeOrder);
        Assert.Equal(1, r.WithoutReleaseDate);
    }

    [Fact]
    public void Dispositions_of_all_releases_and_of_the_first_day()
    {
        Assert.Equal(
            [
                new CodeCount("community", 3), new CodeCount("rrc-release", 1), new CodeCount("home-confinement-release", 1),
                new CodeCount("ice-custody", 1), new CodeCount("detainer-custody", 1),
            ],
            Report.Dispositions);
        Assert.Equal([1L, 1, 0, 1, 0], Report.Releases.FirstDayDispositions.Select(c => c.Count));
        Assert.Equal([1L, 1, 1, 1, 0], Report.Releases.FirstWeekDispositions.Select(c => c.Count));
    }

    [Fact]
    public void Bed_years_and_dollars_by_fiscal_year()
    {
        Assert.Equal(3.1m, Report.BedYearsSaved);
        Assert.Equal(107_335.68m, Report.DollarsSaved.Total);
        Assert.Equal(
            [
                (2016, 531L, 46_393.80m, 2015, "carried-forward"),
                (2017, 243L, 21_289.23m, 2015, "carried-forward"),
                (2019, 4L, 387.36m, 2019, "published"),
                (2020, 366L, 39_158.00m, 2020, "published"),
                (2021, 1L, 107.28m, 2020, "carried-forward"),
            ],
            Report.DollarsSaved.ByFiscalYear.Select(y => (y.FiscalYear, y.Days, y.Dollars, y.CostFiscalYear, y.Basis)));
    }

    [Fact]
    public void District_breakdown_counts_each_group()
    {
        var district = Report.Breakdowns.Single(b => b.Dimension == "district").Groups;
        Assert.Equal(["IA-N", "MD", "TX-S", "unknown"], district.Select(g => g.Key));
        // MD: C01, C03, C07, C08, C11, C13; eligible C01, C03, C07, C13; released C01, C03 (first day), C13 (2040).
        var md = district.Single(g => g.Key == "MD");
        Assert.Equal((6L, 4L, 3L, 2L, 2L), (md.Cases, md.Eligible, md.Releases, md.FirstDayReleases, md.FirstYearReleases));
        Assert.Equal(0.8m, md.BedYearsSaved); // C01 183 + C03 94 = 277 days / 365.25; C13 (life) saves none
        Assert.Equal(1L, md.IneligibleByReason.Single(c => c.Code == "career-offender").Count);
    }

    [Fact]
    public void Citizenship_breakdown_sends_the_non_citizen_to_ice()
    {
        var nonUs = Report.Breakdowns.Single(b => b.Dimension == "citizenship").Groups.Single(g => g.Key == "non-us");
        Assert.Equal((3L, 1L, 1L), (nonUs.Cases, nonUs.Eligible, nonUs.Dispositions.Single(c => c.Code == "ice-custody").Count));
        Assert.Equal(0.3333m, nonUs.EligibleShare);
    }

    [Fact]
    public void Every_breakdown_adds_up_to_the_total()
    {
        foreach (var table in Report.Breakdowns)
        {
            Assert.Equal(16, table.Groups.Sum(g => g.Cases));
            Assert.Equal(9, table.Groups.Sum(g => g.Eligible));
            Assert.Equal(7, table.Groups.Sum(g => g.Releases));
            Assert.Equal(3, table.Groups.Sum(g => g.FirstDayReleases));
            Assert.Equal(107_335.68m, table.Groups.Sum(g => g.DollarsSaved));
        }
    }

    [Fact]
    public void Without_a_grant_model_the_report_says_every_motion_is_granted()
    {
        Assert.Null(Report.Discretion);
        Assert.StartsWith("Every eligible motion is granted", Report.GrantAssumption, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_that_do_not_add_up_are_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            ImpactAnalysis.Analyse(Population.Rows, Population.Run(read: 18, rejected: 1), Population.Codes, CostSchedule.Default, null));
        Assert.Equal("rows lost: read 18 but accepted 16 + rejected 1", e.Message);
    }
}
