using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Retroact.Impact.Costs;
using Retroact.Impact.Discretion;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

/// <summary>report.json validates against docs/report-v1.schema.json, with and without the discretion section.</summary>
public sealed class ReportSchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "report-v1.schema.json")));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Report_json_validates_against_the_published_schema(bool withDiscretion)
    {
        var population = HandBuiltPopulation.Load("tiny-population.csv");
        var report = ImpactAnalysis.Analyse(population.Rows, population.Run(18, 2), population.Codes, CostSchedule.Default,
            withDiscretion ? new DiscretionRequest(GrantModel.Uniform(0.75m), 25, 11) : null);
        using var doc = JsonDocument.Parse(ReportJson.ToJson(report));
        var result = Schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_schema_rejects_a_report_missing_a_required_key()
    {
        var population = HandBuiltPopulation.Load("tiny-population.csv");
        var json = JsonNode.Parse(ReportJson.ToJson(ImpactAnalysis.Analyse(population.Rows, population.Run(18, 2), population.Codes, CostSchedule.Default, null)))!;
        json.AsObject().Remove("dollarsSaved");
        using var doc = JsonDocument.Parse(json.ToJsonString());
        Assert.False(Schema.Evaluate(doc.RootElement).IsValid);
    }
}
