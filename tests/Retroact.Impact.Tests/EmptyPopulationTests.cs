using Retroact.Impact.Costs;
using Retroact.Impact.Discretion;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

/// <summary>The edges: nothing accepted, nothing eligible.</summary>
public sealed class EmptyPopulationTests
{
    [Fact]
    public void A_population_with_every_row_rejected_still_reports()
    {
        var report = ImpactAnalysis.Analyse(new OutcomeTable(), new RunDescription("782", HandBuiltPopulation.OrderDate, "empty", 5, 5),
            new BreakdownCodes(), CostSchedule.Default, new DiscretionRequest(GrantModel.Uniform(0.5m), 10, 1));
        Assert.Equal(new InputSummary(5, 0, 5, 0, 0), report.Input);
        Assert.Equal(new EligibilitySummary(0, 0, 0m), report.Eligible);
        Assert.Null(report.Releases.FirstDay);
        Assert.Equal(0m, report.DollarsSaved.Total);
        Assert.Equal(new Distribution(0m, 0m, 0m), report.Discretion!.Granted);
        Assert.Contains("<section id=\"releases\">", ReportHtml.ToHtml(report), StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_one_eligible_the_headline_says_so_and_prices_no_savings()
    {
        var report = ImpactAnalysis.Analyse(new OutcomeTable(), new RunDescription("782", HandBuiltPopulation.OrderDate, "empty", 0, 0),
            new BreakdownCodes(), CostSchedule.Default, null);
        var html = ReportHtml.ToHtml(report);
        Assert.Contains("<p>Of 0 people evaluated, none is eligible for a reduction under Amendment 782. </p>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"card\"><b>$0</b>custody cost avoided, no days saved</div>", html, StringComparison.Ordinal);
    }
}
