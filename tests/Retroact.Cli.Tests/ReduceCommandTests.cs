using System.Text.Json;
using Retroact.Cli;

namespace Retroact.Cli.Tests;

public sealed class ReduceCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("retroact-reduce-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Json_lines_carry_the_schema_and_a_bad_case_gets_an_error_line_while_the_rest_run()
    {
        var file = Write("cases.json", """
            [
              {"id": "n4", "sentencedOn": "2013-06-01", "drugs": [{"substance": "heroin", "grams": 15000}], "offenseLevelAdjustments": -3,
               "criminalHistoryCategory": "I", "statutoryMinimumMonths": 120, "substantialAssistance": "3553(e)", "termMonths": 101},
              {"id": "bad", "sentencedOn": "2013-06-01", "drugs": [{"substance": "heroin", "grams": -5}], "criminalHistoryCategory": "I", "termMonths": 60},
              {"id": "life", "sentencedOn": "2013-06-01", "drugs": [{"substance": "heroin", "grams": 50000}], "offenseLevelAdjustments": 5,
               "criminalHistoryCategory": "I", "life": true, "consecutiveMonths": 60}
            ]
            """);
        var (code, output, error) = Run([file], "782", null, json: true);

        Assert.Equal(2, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal("retroact.decision.v1", l.GetProperty("schema").GetString()));

        var n4 = lines[0];
        Assert.Equal("n4", n4.GetProperty("id").GetString());
        Assert.Equal("782", n4.GetProperty("amendment").GetString());
        Assert.True(n4.GetProperty("eligible").GetBoolean());
        Assert.Equal("eligible", n4.GetProperty("reason").GetString());
        Assert.Equal(81, n4.GetProperty("reducedTermMonths").GetInt32());
        Assert.Equal(135, n4.GetProperty("original").GetProperty("range").GetProperty("minMonths").GetInt32());
        Assert.Equal(108, n4.GetProperty("amended").GetProperty("range").GetProperty("minMonths").GetInt32());
        Assert.Equal("2015-11-01", n4.GetProperty("orderEffectiveDate").GetString());
        Assert.Equal(JsonValueKind.Null, n4.GetProperty("limitedBy").ValueKind);
        Assert.Contains(n4.GetProperty("trace").EnumerateArray(), s => s.GetProperty("citation").GetString() == "USSG §1B1.10(c)");

        Assert.Equal("bad", lines[1].GetProperty("id").GetString());
        Assert.Equal("case bad: drugs[0].grams = -5: a number above 0", lines[1].GetProperty("error").GetString());
        Assert.Contains("case bad: drugs[0].grams = -5", error, StringComparison.Ordinal);

        var life = lines[2];
        Assert.Equal("life", life.GetProperty("termMonths").GetString());
        Assert.Equal(324, life.GetProperty("reducedTermMonths").GetInt32());
        Assert.Equal(60, life.GetProperty("consecutiveMonths").GetInt32());
        Assert.Equal(JsonValueKind.Null, life.GetProperty("original").GetProperty("range").GetProperty("maxMonths").ValueKind);
    }

    [Fact]
    public void Explain_prints_step_value_and_citation()
    {
        var file = Write("one.json", """
            {"id": "n3", "sentencedOn": "2013-06-01", "drugs": [{"substance": "heroin", "grams": 1500}], "offenseLevelAdjustments": -3,
             "criminalHistoryCategory": "I", "substantialAssistance": "5K1.1", "termMonths": 70}
            """);
        var (code, output, _) = Run([file], "782", "2016-03-15", json: false, explain: true);

        Assert.Equal(0, code);
        Assert.StartsWith("n3: eligible", output, StringComparison.Ordinal);
        Assert.Contains("term 70 months -> 56 months", output, StringComparison.Ordinal);
        Assert.Contains("order effective 2016-03-15", output, StringComparison.Ordinal);
        Assert.Contains("│ Step", output, StringComparison.Ordinal);
        Assert.Contains("│ Citation", output, StringComparison.Ordinal);
        Assert.Contains("§1B1.10(b)(2)(B)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_amendment_is_bad_input_naming_what_is_allowed()
    {
        var file = Write("one.json", """{"id": "x", "sentencedOn": "2013-06-01", "criminalHistoryCategory": "I", "totalOffenseLevel": 20, "termMonths": 40}""");
        var (code, output, error) = Run([file], "999", null, json: true);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("reduce: --amendment = 999: one of 706, 715, 750, 750A, 750B, 750C, 782, 821, 821A, 821B, 821B1, 821B2, 821C, crack-powder-parity, drugs-minus-four, status-points-abolished", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_reform_file_is_rejected_with_file_entry_and_reason()
    {
        var file = Write("one.json", """{"id": "x", "sentencedOn": "2013-06-01", "criminalHistoryCategory": "I", "totalOffenseLevel": 20, "termMonths": 40}""");
        var reform = Write("half.json", """
            {"number": 9200, "title": "t", "effectiveOn": "2027-11-01", "citation": "c", "status": "reform",
             "retroactivity": {"listedOn": "2027-11-01", "listedBy": "x", "ordersEffectiveFrom": "2027-11-01", "instruction": "x"},
             "parts": [{"part": "all", "listed": true, "appliesTo": {"guideline": "2D1.1"}, "drugLevelShift": {"relativeTo": 782, "levels": 0, "citation": "c"}}]}
            """);
        var (code, _, error) = Run([file], reform, null, json: true);

        Assert.Equal(2, code);
        Assert.Contains($"reduce: --amendment {reform}: {_folder.Name}/half.json: $.parts[0].drugLevelShift.levels: required: a whole number from 1 to 42, found 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reform_file_written_by_a_user_runs_without_code()
    {
        var file = Write("one.json", """
            {"id": "h", "sentencedOn": "2013-06-01", "drugs": [{"substance": "heroin", "grams": 1500}], "offenseLevelAdjustments": -3, "criminalHistoryCategory": "I", "termMonths": 97}
            """);
        var reform = Write("minus-six.json", """
            {"number": 9300, "title": "Drugs minus six", "effectiveOn": "2028-11-01", "citation": "hypothetical", "status": "reform",
             "retroactivity": {"listedOn": "2028-11-01", "listedBy": "hypothetical", "ordersEffectiveFrom": "2028-11-01", "instruction": "hypothetical"},
             "parts": [{"part": "all", "listed": true, "appliesTo": {"guideline": "2D1.1"}, "drugLevelShift": {"relativeTo": 782, "levels": 4, "citation": "hypothetical"}}]}
            """);
        var (code, output, _) = Run([file], reform, null, json: true);

        Assert.Equal(0, code);
        var d = JsonDocument.Parse(output).RootElement;
        // 2013: 1.5 kg heroin = 32, -3 = 29/I 87-108. 782 gives 30; four more below: 26, -3 = 23/I 46-57. 97: 46 + 10 x 11 / 21 = 51.24 -> 51.
        Assert.Equal(23, d.GetProperty("amended").GetProperty("totalOffenseLevel").GetInt32());
        Assert.Equal(51, d.GetProperty("reducedTermMonths").GetInt32());
        Assert.Equal("2028-11-01", d.GetProperty("orderEffectiveDate").GetString());
    }

    [Fact]
    public void The_published_schema_lists_exactly_the_engine_reason_codes_and_floors()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "docs", "decision-v1.schema.json")))
        {
            root = root.Parent!;
        }

        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "docs", "decision-v1.schema.json")));
        var decision = schema.RootElement.GetProperty("$defs").GetProperty("decision").GetProperty("properties");
        var reasons = decision.GetProperty("reason").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(Enum.GetValues<Retroact.Law.Retroactivity.EligibilityReason>().Select(r => Retroact.Law.Retroactivity.EligibilityReasons.Code(r)), reasons);
        var floors = decision.GetProperty("limitedBy").GetProperty("enum").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString()).ToList();
        Assert.Equal(Enum.GetValues<Retroact.Law.Retroactivity.TermFloor>().Select(f => Retroact.Law.Retroactivity.TermFloorCodes.Code(f)).OrderBy(c => c), floors.OrderBy(c => c));
        Assert.Equal("retroact.decision.v1", decision.GetProperty("schema").GetProperty("const").GetString());
    }

    // Heroin 1.5 kg, −3, CHC I, 87 months (Nov. 1, 2011 Manual): 87–108 → 70–87 under 782, reduced 70; order Nov 1, 2015.
    // Release dates worked by the years-served method of docs/custody.md (computations made on the order date, before
    // the First Step Act): D = start to full-term date inclusive; k whole years with Y(k) + 54k ≤ D; r = D − Y(k) − 54k;
    // least p with p + ⌊.148p⌋ ≥ r; credit = D − (Y(k) + p).
    private const string CustodyCases = """
        [{"id": "moot", "sentencedOn": "2013-06-01", "drugs": [{"substance": "heroin", "grams": 1500}], "offenseLevelAdjustments": -3,
          "criminalHistoryCategory": "I", "termMonths": 87, "custody": {"commencedOn": "2008-06-01"}},
         {"id": "live", "sentencedOn": "2013-06-01", "drugs": [{"substance": "heroin", "grams": 1500}], "offenseLevelAdjustments": -3,
          "criminalHistoryCategory": "I", "termMonths": 87, "custody": {"commencedOn": "2013-06-01"}}]
        """;

    [Fact]
    public void Json_attaches_the_release_plan_and_a_person_released_before_the_order_is_moot()
    {
        var (code, output, _) = Run([Write("custody.json", CustodyCases)], "782", null, json: true);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        // moot: 87 months from Jun 1, 2008 end Aug 31, 2015; D = 2648; k = 6 (Y = 2191), r = 133, p = 116 (116 + 17 = 133);
        // credit 2648 − 2307 = 341 days: projected Sep 24, 2014, before the Nov 1, 2015 order.
        var moot = lines[0];
        Assert.Equal("no-reduction-available", moot.GetProperty("reason").GetString());
        Assert.False(moot.GetProperty("eligible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, moot.GetProperty("reducedTermMonths").ValueKind);
        Assert.Equal("time-served", moot.GetProperty("limitedBy").GetString());
        Assert.Contains(moot.GetProperty("trace").EnumerateArray(), s => s.GetProperty("step").GetString() == "Released before the order"
            && s.GetProperty("citation").GetString() == "18 U.S.C. §3624(a); USSG §1B1.10(b)(2)(C)");
        var mootRelease = moot.GetProperty("release");
        Assert.Equal("2014-09-24", mootRelease.GetProperty("projectedReleaseDate").GetString());
        Assert.True(mootRelease.GetProperty("releasedBeforeOrder").GetBoolean());
        Assert.Equal(341, mootRelease.GetProperty("goodConductTimeDays").GetInt32());

        // live: 87 months from Jun 1, 2013 end Aug 31, 2020; D = 2649; k = 6, r = 134, p = 117; credit 341: Sep 25, 2019.
        // Reduced 70 months end Mar 31, 2019; D = 2130; k = 5 (Y = 1826), r = 34, p = 30 (30 + 4 = 34); credit 274:
        // Jun 30, 2018, a Saturday, so release Friday Jun 29, 2018 (§3624(a)).
        var live = lines[1];
        Assert.Equal("eligible", live.GetProperty("reason").GetString());
        Assert.Equal(70, live.GetProperty("reducedTermMonths").GetInt32());
        var release = live.GetProperty("release");
        Assert.Equal("2019-09-25", release.GetProperty("projectedReleaseDate").GetString());
        Assert.Equal("2018-06-30", release.GetProperty("newProjectedReleaseDate").GetString());
        Assert.Equal("2018-06-29", release.GetProperty("releaseDate").GetString());
        Assert.False(release.GetProperty("releasedBeforeOrder").GetBoolean());
        Assert.False(release.GetProperty("immediateRelease").GetBoolean());
        Assert.Equal(274, release.GetProperty("newGoodConductTimeDays").GetInt32());
    }

    [Fact]
    public void Explain_adds_the_release_dates_and_the_text_line_names_them()
    {
        var (code, output, _) = Run([Write("custody.json", CustodyCases)], "782", null, json: false, explain: true);

        Assert.Equal(0, code);
        Assert.Contains("moot: no-reduction-available", output, StringComparison.Ordinal);
        Assert.Contains("projected release 2014-09-24 (before the order)", output, StringComparison.Ordinal);
        Assert.Contains("projected release 2019-09-25, new projected release 2018-06-30, release 2018-06-29", output, StringComparison.Ordinal);
        Assert.Contains("│ Release date", output, StringComparison.Ordinal);
        Assert.Contains("2018-06-29", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_without_custody_data_has_no_release_block()
    {
        var file = Write("one.json", """
            {"id": "n3", "sentencedOn": "2013-06-01", "drugs": [{"substance": "heroin", "grams": 1500}], "offenseLevelAdjustments": -3,
             "criminalHistoryCategory": "I", "termMonths": 87}
            """);
        var (code, output, _) = Run([file], "782", null, json: true);

        Assert.Equal(0, code);
        Assert.False(JsonDocument.Parse(output).RootElement.TryGetProperty("release", out _));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(string[] files, string amendment, string? orderDate, bool json, bool explain = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ReduceCommand.Run(files, amendment, orderDate, json, explain, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
