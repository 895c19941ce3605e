using System.CommandLine;
using System.Text.Json;
using NodaTime;
using Retroact.Population;
using Retroact.Population.Synthetic;
using Retroact.Population.Writing;

namespace Retroact.Cli.Tests;

/// <summary><c>retroact impact</c> end to end on small synthetic populations written in the native CSV format.</summary>
public sealed class ImpactCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("retroact-impact-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Output, string Error) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { ImpactCommand.Create() };
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A 300-person population in custody on Oct 31, 2015, with row 2's termMonths broken and row 4's sentencing date broken.</summary>
    private string PopulationWithBadRows()
    {
        var path = Path.Combine(_folder, "population.csv");
        using (var writer = PopulationWriter.Create(path, PopulationFormat.Native))
        {
            foreach (var person in SyntheticPopulation.Generate(new LocalDate(2015, 10, 31), 300, 5))
            {
                writer.Write(person);
            }
        }

        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var term = Array.IndexOf(header, "termMonths");
        var sentenced = Array.IndexOf(header, "sentencedOn");
        lines[2] = Replace(lines[2], term, "abc");
        lines[4] = Replace(lines[4], sentenced, "2015-02-30");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Replace(string line, int column, string value)
    {
        var fields = line.Split(',');
        fields[column] = value;
        return string.Join(',', fields);
    }

    [Fact]
    public void A_population_with_bad_rows_still_reports_and_writes_every_file()
    {
        var population = PopulationWithBadRows();
        var outDir = Path.Combine(_folder, "out");
        var (code, output, error) = Invoke("impact", "--amendment", "782", "--population", population, "--out", outDir);
        Assert.True(code == 0, error);
        Assert.Contains("rows read / rejected", output, StringComparison.Ordinal);
        Assert.Contains("300 / 2", output, StringComparison.Ordinal);
        foreach (var file in new[] { "report.json", "report.html", "decisions.csv", "rejects.csv" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        }

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var input = report.RootElement.GetProperty("input");
        Assert.Equal((300, 298, 2), (input.GetProperty("read").GetInt32(), input.GetProperty("accepted").GetInt32(), input.GetProperty("rejected").GetInt32()));
        Assert.Equal(299, File.ReadAllLines(Path.Combine(outDir, "decisions.csv")).Length); // header + 298 accepted
        var rejects = File.ReadAllLines(Path.Combine(outDir, "rejects.csv"));
        Assert.Equal(3, rejects.Length); // header + 2
        Assert.EndsWith(",row,field,value,reason", rejects[0], StringComparison.Ordinal);
        Assert.Contains(",termMonths,abc,", rejects[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_counts_equal_sums_over_decisions_csv_from_the_real_pipeline()
    {
        var outDir = Path.Combine(_folder, "sums");
        Assert.Equal(0, Invoke("impact", "--amendment", "782", "--population", PopulationWithBadRows(), "--out", outDir).Code);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var report = doc.RootElement;
        var lines = File.ReadAllLines(Path.Combine(outDir, "decisions.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(report.GetProperty("eligible").GetProperty("count").GetInt32(), rows.Count(r => r["eligible"] == "true"));
        foreach (var reason in report.GetProperty("ineligibleByReason").EnumerateObject())
        {
            Assert.Equal(reason.Value.GetInt32(), rows.Count(r => r["reason"] == reason.Name));
        }

        var moved = rows.Where(r => r["eligible"] == "true" && r["releaseDate"].Length > 0 && r["releasedBeforeOrder"] == "false").ToList();
        Assert.Equal(report.GetProperty("releases").GetProperty("total").GetInt32(), moved.Count);
        foreach (var disposition in report.GetProperty("dispositions").EnumerateObject())
        {
            Assert.Equal(disposition.Value.GetInt32(), moved.Count(r => r["disposition"] == disposition.Name));
        }

        var firstDay = report.GetProperty("releases").GetProperty("firstDay").GetProperty("date").GetString();
        Assert.Equal(report.GetProperty("releases").GetProperty("firstDay").GetProperty("count").GetInt32(), moved.Count(r => r["releaseDate"] == firstDay));
        Assert.Equal(
            report.GetProperty("dollarsSaved").GetProperty("byFiscalYear").EnumerateArray().Sum(y => y.GetProperty("days").GetInt64()),
            rows.Sum(r => long.Parse(r["savedDays"], System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var group in report.GetProperty("breakdowns").GetProperty("drug").EnumerateArray())
        {
            var key = group.GetProperty("key").GetString();
            Assert.Equal(group.GetProperty("cases").GetInt32(), rows.Count(r => r["drug"] == key));
        }
    }

    [Fact]
    public void A_person_out_before_a_later_order_is_decided_moot_and_counted_as_released_before_the_order()
    {
        // The population is in custody on Oct 31, 2015; an order effective Jun 1, 2017 comes after some projected release
        // dates. For them the engine is given the date as it stands and decides the motion moot (§1B1.10(b)(2)(C)).
        var outDir = Path.Combine(_folder, "late");
        var (code, _, error) = Invoke("impact", "--amendment", "782", "--population", PopulationWithBadRows(), "--order-date", "2017-06-01", "--out", outDir);
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var lines = File.ReadAllLines(Path.Combine(outDir, "decisions.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
        var moot = rows.Where(r => r["releasedBeforeOrder"] == "true").ToList();
        Assert.NotEmpty(moot);
        Assert.All(moot, r =>
        {
            Assert.Equal(("no-reduction-available", "0", ""), (r["reason"], r["savedDays"], r["disposition"]));
            Assert.True(string.CompareOrdinal(r["projectedReleaseDate"], "2017-06-01") <= 0, r["projectedReleaseDate"]);
        });
        Assert.DoesNotContain(rows, r => r["eligible"] == "true" && r["projectedReleaseDate"].Length > 0 && string.CompareOrdinal(r["projectedReleaseDate"], "2017-06-01") <= 0);
        Assert.Equal(moot.Count, doc.RootElement.GetProperty("releases").GetProperty("releasedBeforeOrder").GetInt32());
    }

    [Fact]
    public void A_ussc_layout_file_reports_the_rows_resting_on_assumptions_and_its_rejects()
    {
        // Two cases in the USSC codebook's names (the sentencing day, commencement, credits, custody status and detainers
        // are not in the file, so the reader fills them by its documented assumptions), and one with XCRHISSR 7.
        var path = Path.Combine(_folder, "ussc.csv");
        File.WriteAllText(path,
            "USSCIDN,SENTYR,SENTMON,AMENDYR,GDLINEHI,DRUGTYP1,WGT1,DRUGTYP2,WGT2,BASEHI,XFOLSOR,MITCAP,XCRHISSR,TOTCHPTS,SENTPTS,CAROFFAP,CAROFFLV,STATMIN,STATMAX,SAFE,MAND1,BOOKERCD,SENTTOT,TOTPRISN,WEAPON,NEWRACE,NEWCIT,MONSEX,AGE,DISTRICT\n" +
            "1001,2013,6,2012,2D1.1,2,300.0,1,50,32,29,0,3,5,2,0,,120,9996,0,2,5,100.5,100,1,2,1,0,41,35\n" +
            "1002,2012,3,2011,2D1.1,2,300.0,,,32,29,0,1,0,0,0,,60,480,0,,,97,97,0,1,0,0,35,12\n" +
            "1003,2013,6,2012,2D1.1,2,300.0,1,50,32,29,0,7,5,2,0,,120,9996,0,2,5,100.5,100,1,2,1,0,41,35\n");
        var outDir = Path.Combine(_folder, "ussc");
        var (code, _, error) = Invoke("impact", "--amendment", "782", "--population", path, "--format", "ussc", "--out", outDir);
        Assert.True(code == 0, error);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var input = report.RootElement.GetProperty("input");
        Assert.Equal((3, 2, 1, 2), (input.GetProperty("read").GetInt32(), input.GetProperty("accepted").GetInt32(),
            input.GetProperty("rejected").GetInt32(), input.GetProperty("assumptionsFilled").GetInt32()));
        var rejects = File.ReadAllLines(Path.Combine(outDir, "rejects.csv"));
        Assert.EndsWith(",3,XCRHISSR,7,out of range; expected 1 to 6", rejects[1], StringComparison.Ordinal);
        var decisions = File.ReadAllLines(Path.Combine(outDir, "decisions.csv"));
        var assumed = Array.IndexOf(decisions[0].Split(','), "assumptionsFilled");
        Assert.Equal(["true", "true"], decisions.Skip(1).Select(line => line.Split(',')[assumed]));
    }

    [Fact]
    public void The_same_seed_gives_the_same_files_byte_for_byte()
    {
        var population = PopulationWithBadRows();
        var first = Path.Combine(_folder, "a");
        var second = Path.Combine(_folder, "b");
        Assert.Equal(0, Invoke("impact", "--amendment", "782", "--population", population, "--grant-rate", "0.7", "--draws", "40", "--seed", "9", "--out", first).Code);
        Assert.Equal(0, Invoke("impact", "--amendment", "782", "--population", population, "--grant-rate", "0.7", "--draws", "40", "--seed", "9", "--out", second).Code);
        foreach (var file in new[] { "report.json", "report.html", "decisions.csv", "rejects.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public void Json_prints_the_report_with_the_discretion_section()
    {
        var (code, output, error) = Invoke("impact", "--amendment", "782", "--population", PopulationWithBadRows(), "--grant-rate", "0.5", "--draws", "10", "--json", "--out", Path.Combine(_folder, "j"));
        Assert.True(code == 0, error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("retroact.impact.v1", report.RootElement.GetProperty("schema").GetString());
        Assert.Equal("2015-11-01", report.RootElement.GetProperty("orderEffectiveDate").GetString());
        Assert.Equal(10, report.RootElement.GetProperty("discretion").GetProperty("draws").GetInt32());
    }

    [Fact]
    public void The_default_population_runs_without_a_file()
    {
        var (code, output, error) = Invoke("impact", "--amendment", "782", "--count", "2000", "--out", Path.Combine(_folder, "d"));
        Assert.True(code == 0, error);
        Assert.Contains("2,000 / 0", output, StringComparison.Ordinal);
        Assert.Contains("2015-10-30 (Friday)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Decisions_format_parquet_writes_decisions_parquet_instead_of_the_csv()
    {
        // An earlier CSV run in the same folder: its decisions.csv would disagree with the new report, so it goes.
        var outDir = Path.Combine(_folder, "p");
        Assert.Equal(0, Invoke("impact", "--amendment", "782", "--count", "300", "--out", outDir).Code);
        Assert.True(File.Exists(Path.Combine(outDir, "decisions.csv")));

        var (code, output, error) = Invoke("impact", "--amendment", "782", "--count", "500", "--decisions-format", "parquet", "--out", outDir);

        Assert.True(code == 0, error);
        Assert.Contains("decisions.parquet and rejects.csv", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "decisions.parquet")));
        Assert.False(File.Exists(Path.Combine(outDir, "decisions.csv")));
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(Path.Combine(outDir, "decisions.parquet"))[..4]);
    }

    [Theory]
    [InlineData(new[] { "--amendment", "782", "--decisions-format", "xml" }, "--decisions-format xml: expected csv or parquet")]
    [InlineData(new[] { "--amendment", "999" }, "--amendment 999: not a known amendment or a file; expected one of ")]
    [InlineData(new[] { "--amendment", "782", "--order-date", "2015-13-01" }, "--order-date 2015-13-01: not a date; expected yyyy-MM-dd")]
    [InlineData(new[] { "--amendment", "782", "--grant-rate", "1.5" }, "--grant-rate 1.5: must be between 0 and 1")]
    [InlineData(new[] { "--amendment", "782", "--grant-rate", "0.5", "--grant-model", "m.csv" }, "--grant-rate and --grant-model: give one or the other, not both")]
    [InlineData(new[] { "--amendment", "782", "--draws", "0", "--grant-rate", "0.5" }, "--draws 0: must be 1 or more")]
    [InlineData(new[] { "--amendment", "782", "--population", "/nonexistent/p.csv" }, "--population /nonexistent/p.csv: no such file")]
    [InlineData(new[] { "--amendment", "782", "--grant-rate", "abc" }, "--grant-rate abc: not a number; must be between 0 and 1")]
    [InlineData(new[] { "--amendment", "782", "--grant-rate", "-0.2" }, "--grant-rate -0.2: must be between 0 and 1")]
    [InlineData(new[] { "--amendment", "782", "--draws", "-1", "--grant-rate", "0.5" }, "--draws -1: must be 1 or more")]
    [InlineData(new[] { "--amendment", "782", "--draws", "ten", "--grant-rate", "0.5" }, "--draws ten: not a whole number; must be 1 or more")]
    [InlineData(new[] { "--amendment", "782", "--seed", "x1", "--grant-rate", "0.5" }, "--seed x1: not a whole number; must be 0 to 18446744073709551615")]
    [InlineData(new[] { "--amendment", "782", "--count", "1e6" }, "--count 1e6: not a whole number; must be 0 or more")]
    [InlineData(new[] { "--amendment", "782", "--count", "-5" }, "--count -5: must be 0 or more")]
    [InlineData(new[] { "--amendment", "782", "--grant-model", "/nonexistent/m.csv" }, "--grant-model /nonexistent/m.csv: no such file")]
    [InlineData(new[] { "--amendment", "782", "--draws", "50" }, "--draws: draws are made only of a grant model; add --grant-rate or --grant-model")]
    [InlineData(new[] { "--amendment", "782", "--seed", "7" }, "--seed: draws are made only of a grant model; add --grant-rate or --grant-model")]
    [InlineData(new[] { "--amendment", "782", "--format", "ussc" }, "--format ussc: says how to read a --population file; without one the default population is generated")]
    [InlineData(new[] { "--amendment", "782", "--population", "/dev/null", "--count", "5" }, "--count 5: sizes the default population; a --population file is read whole")]
    [InlineData(new[] { "--amendment", "782", "--reform-date", "2015-11-01" }, "--reform-date 2015-11-01: 782 is an enacted amendment; only a reform's hypothetical dates can be moved")]
    [InlineData(new[] { "--amendment", "drugs-minus-four", "--reform-date", "2015-02-30" }, "--reform-date 2015-02-30: not a date; expected yyyy-MM-dd")]
    [InlineData(new[] { "--amendment", "drugs-minus-four", "--reform-date", "2004-11-01" }, "--reform-date 2004-11-01: the default population would be generated as of 2004-10-31, but the generator needs ten years of Manual editions before that day (2004-11-01 at the earliest); give --population FILE or a later date")]
    public void Bad_input_exits_2_naming_the_option_and_value(string[] args, string message)
    {
        var (code, _, error) = Invoke(["impact", .. args, "--out", "unused"]);
        Assert.Equal(2, code);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_grant_model_exits_2_with_its_line()
    {
        var model = Path.Combine(_folder, "model.csv");
        File.WriteAllText(model, "kind,value,rate,source\ndistrict,MD,2,x\ndefault,,1,x\n");
        var (code, _, error) = Invoke("impact", "--amendment", "782", "--grant-model", model, "--out", Path.Combine(_folder, "m"));
        Assert.Equal(2, code);
        Assert.Equal($"{model}:2: rate '2' is not a number from 0 to 1", error.Trim());
    }

    [Fact]
    public void A_grant_model_rule_that_sets_no_rate_is_pointed_out_and_the_report_lists_every_rule_with_its_source()
    {
        var model = Path.Combine(_folder, "typo.csv");
        File.WriteAllText(model, "kind,value,rate,source\ndistrict,TX-Q,0.5,a typo for TX-S\ndefault,,0.8,assumption\n");
        var outDir = Path.Combine(_folder, "typo");
        var (code, _, error) = Invoke("impact", "--amendment", "782", "--count", "2000", "--grant-model", model, "--draws", "5", "--out", outDir);
        Assert.Equal(0, code);
        Assert.Equal(
            "Note: 782: the grant-model rule district,TX-Q set the rate of no eligible motion (no eligible case has that value, or an earlier rule took them all).",
            error.Trim());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var rules = json.RootElement.GetProperty("discretion").GetProperty("rules");
        Assert.Equal(
            [("district", "TX-Q", "a typo for TX-S", 0L), ("default", "", "assumption", json.RootElement.GetProperty("eligible").GetProperty("count").GetInt64())],
            rules.EnumerateArray().Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("value").GetString(), r.GetProperty("source").GetString(), r.GetProperty("eligibleMatched").GetInt64())));
    }
}
