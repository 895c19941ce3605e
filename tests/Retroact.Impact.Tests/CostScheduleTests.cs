using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Impact.Costs;

namespace Retroact.Impact.Tests;

public sealed class CostScheduleTests
{
    [Fact]
    public void The_fy2014_and_fy2015_figures_are_the_federal_register_ones()
    {
        var costs = CostSchedule.Default;
        Assert.Equal(30_619.85m, costs.CostFor(2014).Figure.AnnualCost);
        Assert.Contains("80 FR 12523", costs.CostFor(2014).Figure.Source, StringComparison.Ordinal);
        Assert.Equal(31_977.65m, costs.CostFor(2015).Figure.AnnualCost);
        Assert.Contains("81 FR 46957", costs.CostFor(2015).Figure.Source, StringComparison.Ordinal);
        Assert.Equal(CostBasis.Published, costs.CostFor(2015).Basis);
    }

    [Fact]
    public void A_year_without_a_figure_carries_the_last_one_forward_and_says_so()
    {
        var fy2017 = CostSchedule.Default.CostFor(2017);
        Assert.Equal((2015, CostBasis.CarriedForward), (fy2017.Figure.FiscalYear, fy2017.Basis));
        var fy2030 = CostSchedule.Default.CostFor(2030);
        Assert.Equal((2020, CostBasis.CarriedForward), (fy2030.Figure.FiscalYear, fy2030.Basis));
        var fy2005 = CostSchedule.Default.CostFor(2005);
        Assert.Equal((2009, CostBasis.CarriedBack), (fy2005.Figure.FiscalYear, fy2005.Basis));
    }

    [Theory]
    [InlineData(2015, 365)] // Oct 1, 2014 – Sep 30, 2015
    [InlineData(2016, 366)] // holds Feb 29, 2016
    [InlineData(2012, 366)] // the FY2012 notice: "There were 366 days in FY 2012"
    [InlineData(2020, 366)] // holds Feb 29, 2020
    [InlineData(2021, 365)]
    public void Days_in_a_fiscal_year_come_from_the_calendar(int fiscalYear, int days) =>
        Assert.Equal(days, CostSchedule.DaysInFiscalYear(fiscalYear));

    [Fact]
    public void One_day_of_fy2015_costs_the_published_87_61_dollars()
    {
        // 81 FR 46957: $31,977.65 ($87.61 per day), 365 days: 31,977.65 / 365 = 87.61 exactly.
        Assert.Equal(87_610_000L, CostSchedule.Default.MicroDollarsPerDay(2015));
    }

    [Fact]
    public void Fiscal_year_of_a_date_turns_on_october_1()
    {
        Assert.Equal(2015, CostSchedule.FiscalYearOf(new LocalDate(2015, 9, 30)));
        Assert.Equal(2016, CostSchedule.FiscalYearOf(new LocalDate(2015, 10, 1)));
    }

    [Fact]
    public void The_running_cost_crosses_fiscal_years_at_each_years_daily_rate()
    {
        var sep30 = DayNumbers.Of(new LocalDate(2015, 9, 30));
        var table = CostSchedule.Default.CumulativeMicroDollars(sep30, 2);
        Assert.Equal([0L, 87_610_000L, 87_610_000L + 87_370_628L], table); // Sep 30 at FY2015's rate, Oct 1 at FY2016's (/366)
    }

    [Theory]
    [InlineData("fiscalYear,annualCost\n2014,1,x", "costs.csv:1: header is 'fiscalYear,annualCost', expected 'fiscalYear,annualCost,source'")]
    [InlineData("fiscalYear,annualCost,source\n2014,abc,x", "costs.csv:2: annualCost 'abc' is not a positive amount in dollars")]
    [InlineData("fiscalYear,annualCost,source\n2015,1,x\n2014,1,y", "costs.csv:3: fiscalYear 2014 does not follow 2015; years must ascend")]
    [InlineData("fiscalYear,annualCost,source\n2014,1,", "costs.csv:2: source is empty; every figure needs its Federal Register citation")]
    public void A_bad_cost_file_is_refused_with_line_and_field(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => CostSchedule.Parse(new StringReader(text), "costs.csv"));
        Assert.Equal(message, e.Message);
    }
}
