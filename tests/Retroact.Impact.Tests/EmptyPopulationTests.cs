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
}
