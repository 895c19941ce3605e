using Retroact.Impact.Aggregation;
using Retroact.Impact.Costs;
using Retroact.Impact.Discretion;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;

namespace Retroact.Impact;

/// <summary>A request for seeded grant-model draws.</summary>
/// <param name="Model">The grant model.</param>
/// <param name="Draws">How many draws (at least 1).</param>
/// <param name="Seed">The seed.</param>
public sealed record DiscretionRequest(GrantModel Model, int Draws, ulong Seed);

/// <summary>From outcome rows to the report: aggregate, draw (when asked), build.</summary>
public static class ImpactAnalysis
{
    /// <summary>
    /// The report for <paramref name="rows"/>. Without <paramref name="discretion"/> every eligible motion is taken as
    /// granted (and the report says so); with it, the draws' spread is added.
    /// </summary>
    public static ImpactReport Analyse(
        OutcomeTable rows, RunDescription run, BreakdownCodes codes, CostSchedule costs, DiscretionRequest? discretion)
    {
        var tally = ImpactAggregator.Aggregate(rows, run.OrderEffectiveDate, costs, codes);
        var summary = discretion is null
            ? null
            : DiscretionSimulator.Run(rows, tally, ImpactAggregator.CumulativeCost(tally, costs), discretion.Model, codes, discretion.Draws, discretion.Seed);
        return ImpactReportBuilder.Build(tally, run, costs, codes, summary);
    }

    /// <summary>Writes <c>report.json</c> and <c>report.html</c> into <paramref name="directory"/> (created when missing).</summary>
    public static void WriteReports(ImpactReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        using (var json = File.Create(Path.Combine(directory, "report.json")))
        {
            ReportJson.Write(report, json);
        }

        using var html = File.Create(Path.Combine(directory, "report.html"));
        ReportHtml.Write(report, html);
    }
}
