using System.Text.Json;
using Retroact.Impact.Costs;
using Retroact.Impact.Discretion;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

public sealed class ReportOutputTests
{
    private static readonly HandBuiltPopulation Population = HandBuiltPopulation.Load("tiny-population.csv");

    private static ImpactReport Analyse(DiscretionRequest? discretion = null) =>
        ImpactAnalysis.Analyse(Population.Rows, Population.Run(18, 2), Population.Codes, CostSchedule.Default, discretion);

    [Fact]
    public void Report_json_has_the_schema_and_every_required_key()
    {
        using var doc = JsonDocument.Parse(ReportJson.ToJson(Analyse(new DiscretionRequest(GrantModel.Uniform(0.7m), 20, 1))));
        var root = doc.RootElement;
        Assert.Equal("retroact.impact.v1", root.GetProperty("schema").GetString());
        Assert.Equal(
            ["schema", "amendment", "orderEffectiveDate", "population", "input", "eligible", "ineligibleByReason", "reductionMonths",
             "releases", "dispositions", "bedYearsSaved", "dollarsSaved", "breakdowns", "grantAssumption", "discretion"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["read", "accepted", "rejected", "unevaluable", "assumptionsFilled"], root.GetProperty("input").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2015-10-30", root.GetProperty("releases").GetProperty("firstDay").GetProperty("date").GetString());
        Assert.Equal(3, root.GetProperty("releases").GetProperty("firstDay").GetProperty("count").GetInt32());
        Assert.Equal(107335.68m, root.GetProperty("dollarsSaved").GetProperty("total").GetDecimal());
        Assert.Equal(
            ["race", "ethnicity", "citizenship", "sex", "drug", "criminalHistoryCategory", "district", "custody"],
            root.GetProperty("breakdowns").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("ineligibleByReason").GetProperty("career-offender").GetInt32());
    }

    [Fact]
    public void Without_discretion_the_json_has_no_discretion_key()
    {
        using var doc = JsonDocument.Parse(ReportJson.ToJson(Analyse()));
        Assert.False(doc.RootElement.TryGetProperty("discretion", out _));
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_byte_for_byte()
    {
        var dir1 = Directory.CreateTempSubdirectory("retroact-impact-").FullName;
        var dir2 = Directory.CreateTempSubdirectory("retroact-impact-").FullName;
        try
        {
            ImpactAnalysis.WriteReports(Analyse(new DiscretionRequest(GrantModel.Uniform(0.6m), 50, 99)), dir1);
            ImpactAnalysis.WriteReports(Analyse(new DiscretionRequest(GrantModel.Uniform(0.6m), 50, 99)), dir2);
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir1, "report.json")), File.ReadAllBytes(Path.Combine(dir2, "report.json")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir1, "report.html")), File.ReadAllBytes(Path.Combine(dir2, "report.html")));
        }
        finally
        {
            Directory.Delete(dir1, true);
            Directory.Delete(dir2, true);
        }
    }

    [Fact]
    public void The_report_counts_equal_sums_over_decisions_csv()
    {
        var report = Analyse();
        var rows = DecisionsCsv();
        Assert.Equal(report.Input.Accepted, rows.Count);
        Assert.Equal(report.Eligible.Count, rows.Count(r => r["eligible"] == "true"));
        foreach (var reason in report.IneligibleByReason)
        {
            Assert.Equal(reason.Count, rows.Count(r => r["reason"] == reason.Code));
        }

        var moved = rows.Where(r => r["eligible"] == "true" && r["releaseDate"].Length > 0 && r["releasedBeforeOrder"] == "false").ToList();
        Assert.Equal(report.Releases.Total, moved.Count);
        Assert.Equal(report.Releases.FirstDayCount, moved.Count(r => r["releaseDate"] == "2015-10-30"));
        foreach (var d in report.Dispositions)
        {
            Assert.Equal(d.Count, moved.Count(r => r["disposition"] == d.Code));
        }

        Assert.Equal(report.DollarsSaved.ByFiscalYear.Sum(y => y.Days), rows.Sum(r => long.Parse(r["savedDays"])));
        Assert.Equal(report.Eligible.Count, report.ReductionMonths.Histogram.Sum(b => b.Count));
        var district = report.Breakdowns.Single(b => b.Dimension == "district");
        foreach (var g in district.Groups)
        {
            Assert.Equal(g.Eligible, rows.Count(r => r["district"] == g.Key && r["eligible"] == "true"));
        }
    }

    [Fact]
    public void Decisions_csv_writes_one_row_per_case_with_the_release_plan()
    {
        var rows = DecisionsCsv();
        var c01 = rows.Single(r => r["id"] == "C01");
        Assert.Equal(
            ("eligible", "120", "96", "amended-minimum", "2016-04-30", "2015-10-30", "true", "community", "183", "MD", "III"),
            (c01["reason"], c01["termMonths"], c01["reducedTermMonths"], c01["limitedBy"], c01["projectedReleaseDate"], c01["releaseDate"],
             c01["immediateRelease"], c01["disposition"], c01["savedDays"], c01["district"], c01["criminalHistoryCategory"]));
        var c08 = rows.Single(r => r["id"] == "C08");
        Assert.Equal(("career-offender", "", "", "0"), (c08["reason"], c08["reducedTermMonths"], c08["releaseDate"], c08["savedDays"]));
    }

    [Fact]
    public void A_population_with_rejected_rows_still_reports_and_says_how_many()
    {
        var report = ImpactAnalysis.Analyse(Population.Rows, Population.Run(read: 40, rejected: 24), Population.Codes, CostSchedule.Default, null);
        Assert.Equal((40L, 16L, 24L), (report.Input.Read, report.Input.Accepted, report.Input.Rejected));
        Assert.Equal(9, report.Eligible.Count);
        Assert.Contains("<td>rejected (see rejects.csv)</td><td class=\"n\">24</td>", ReportHtml.ToHtml(report), StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_has_every_section_and_chart_and_stands_alone()
    {
        var html = ReportHtml.ToHtml(Analyse(new DiscretionRequest(GrantModel.Uniform(0.5m), 20, 5)));
        foreach (var id in ReportHtml.SectionIds)
        {
            Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal);
        }

        foreach (var chart in new[] { "histogram", "releases-by-year", "dispositions", "ineligible", "dollars-by-fiscal-year" }
                     .Concat(Dimensions.All.Select(d => $"breakdown-{d.Name()}")))
        {
            Assert.Contains($"<svg class=\"chart\" data-chart=\"{chart}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        Assert.Contains("October 30, 2015 (Friday)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_states_the_headline_in_sentences()
    {
        var html = ReportHtml.ToHtml(Analyse());
        var start = html.IndexOf("<p>Of ", StringComparison.Ordinal);
        Assert.Equal(
            "<p>Of 15 people evaluated, 9 (60.0%) are eligible for a reduction under Amendment 782, with an average cut of 31.2 months (19.5% of the term). " +
            "3 would leave custody on the first release day, October 30, 2015, and 5 within the first year; of the first week's 4 releases, " +
            "1 goes to immigration custody and 2 leave a halfway house or home confinement (over all years, 1 goes to immigration custody). " +
            "The reductions save 3 bed-years, $107,336 at the Bureau of Prisons' average cost of incarceration " +
            "(FY2016–FY2021 at each fiscal year's cost, not discounted; 3 of those years carry the nearest published cost over).</p>",
            html[start..(html.IndexOf("</p>", start, StringComparison.Ordinal) + 4)]);
    }

    // The tiny population: 9 eligible, 1 accepted row the engine cannot calculate, no insufficient-data case.
    [Fact]
    public void The_html_counts_undetermined_cases_apart_and_gives_the_bounds_of_the_eligible_count() =>
        Assert.Contains(
            "<p>9 of 15 evaluated cases (60.0%) may have their term reduced. 1 accepted row was not evaluated (unevaluable): the engine cannot " +
            "calculate it without a field this amendment needs. The eligible count lies between 9 and 10.</p>",
            ReportHtml.ToHtml(Analyse()), StringComparison.Ordinal);

    [Fact]
    public void The_html_explains_each_reason_with_its_provision() =>
        Assert.Contains(
            "<tr><td>career-offender</td><td class=\"n\">1</td><td>the amendment lowers the offense level or criminal history category, but the career-offender guideline (&#167;4B1.1) still sets the range</td>" +
            "<td>USSG &#167;1B1.10(a)(2)(B) and comment. (n.1(A)); &#167;4B1.1(b)</td></tr>",
            ReportHtml.ToHtml(Analyse()), StringComparison.Ordinal);

    [Fact]
    public void The_html_headline_prices_savings_in_short_dollars_over_their_fiscal_years() =>
        Assert.Contains("<div class=\"card\"><b>$107,336</b>custody cost avoided, FY2016–FY2021</div>", ReportHtml.ToHtml(Analyse()), StringComparison.Ordinal);

    [Fact]
    public void The_html_names_dimensions_in_words_and_says_where_hispanic_people_are_in_the_race_breakdown()
    {
        var html = ReportHtml.ToHtml(Analyse());
        Assert.Contains("<h3 id=\"breakdown-criminalHistoryCategory\">By criminal history category</h3>", html, StringComparison.Ordinal);
        Assert.Contains("a Hispanic person's race is not recorded and falls under unknown", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_discretion_section_says_what_its_percentiles_leave_out() =>
        Assert.Contains(
            "it does not include any uncertainty about the rates themselves",
            ReportHtml.ToHtml(Analyse(new DiscretionRequest(GrantModel.Uniform(0.5m), 20, 5))), StringComparison.Ordinal);

    [Fact]
    public void Grant_model_text_and_file_names_reach_the_page_escaped()
    {
        var model = GrantModel.Parse(new StringReader("kind,value,rate,source\ndistrict,<b>X</b>,0.5,<script>alert(1)</script>\ndefault,,1,x\n"), "m<i>.csv");
        var html = ReportHtml.ToHtml(Analyse(new DiscretionRequest(model, 5, 1)));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>X</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("m<i>", html, StringComparison.Ordinal);
        Assert.Contains("<td>district &lt;b&gt;X&lt;/b&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("The rule district &lt;b&gt;X&lt;/b&gt; set the rate of no eligible motion", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2_939_472_073.04, "$2.94 billion")]
    [InlineData(412_456_789, "$412.5 million")]
    [InlineData(999_999.49, "$999,999")]
    [InlineData(0, "$0")]
    public void Dollars_in_sentences_read_in_billions_millions_or_whole_dollars(decimal dollars, string text) =>
        Assert.Equal(text, ReportHtml.MoneyShort(dollars));

    [Theory]
    [InlineData(0, 15_000, "0")]
    [InlineData(5_000, 15_000, "5K")]
    [InlineData(12_500, 15_000, "12.5K")]
    [InlineData(2_500, 7_500, "2,500")]
    [InlineData(200_000_000, 600_000_000, "200M")]
    [InlineData(1_250_000_000, 2_500_000_000, "1.25B")]
    public void Axis_labels_take_the_unit_of_the_axis_top(decimal value, decimal top, string label) =>
        Assert.Equal(label, SvgChart.Compact(value, top));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(10, 2.5)]
    [InlineData(14_877, 5_000)]
    [InlineData(20_000, 5_000)]
    [InlineData(20_001, 10_000)]
    [InlineData(420_173_126.04, 200_000_000)]
    public void Chart_axes_step_by_one_two_two_and_a_half_or_five_times_a_power_of_ten(decimal max, decimal step) =>
        Assert.Equal(step, SvgChart.AxisStep(max));

    [Fact]
    public void Without_discretion_the_html_states_the_commission_assumption_and_has_no_discretion_section()
    {
        var html = ReportHtml.ToHtml(Analyse());
        Assert.DoesNotContain("<section id=\"discretion\">", html, StringComparison.Ordinal);
        Assert.Contains("Every eligible motion is granted", html, StringComparison.Ordinal);
    }

    private static List<Dictionary<string, string>> DecisionsCsv()
    {
        using var buffer = new MemoryStream();
        using (var writer = new DecisionsCsvWriter(buffer, Population.Codes))
        {
            for (var i = 0; i < Population.Ids.Count; i++)
            {
                var chunk = Population.Rows.Chunk(i / OutcomeTable.ChunkSize);
                writer.Write(Population.Ids[i], in chunk[i % OutcomeTable.ChunkSize], HandBuiltPopulation.Detail);
            }
        }

        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(DecisionsCsvWriter.Header, lines[0]);
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
