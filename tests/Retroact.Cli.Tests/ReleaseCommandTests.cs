using System.CommandLine;
using System.Text.Json;
using NodaTime;
using Retroact.Cli;
using Retroact.Custody.Release;
using Retroact.Law.Cases;
using Retroact.Law.Tracing;

namespace Retroact.Cli.Tests;

public sealed class ReleaseCommandTests : IDisposable
{
    // 120 months from Jan 1, 2010: full term Dec 31, 2019, 470 days (years served, as of 2015), projected Monday Sep 17, 2018.
    private const string TenYears = """
        {"id":"ten-years","sentencedOn":"2009-12-01","termMonths":120,"custody":{"commencedOn":"2010-01-01","status":"institution"},"citizenship":"non-us","detainers":["ice"]}
        """;

    // 60 months from Jan 1, 2010: full term Dec 31, 2014, 235 days, projected Saturday May 10, 2014 → Friday May 9.
    private const string FiveYears = """
        {"id":"five-years","sentencedOn":"2009-12-01","termMonths":60,"custody":{"commencedOn":"2010-01-01","status":"rrc"}}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("retroact-release-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { ReleaseCommand.Create() };
        var code = root.Parse(["release", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Text_output_gives_each_date()
    {
        var (code, output, error) = Invoke(Write("cases.jsonl", TenYears + "\n" + FiveYears), "--as-of", "2015-11-01");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(
            """
            Release computation as of 2015-11-01 (no amendment)
            ten-years: release 2018-09-17 (Monday), ice-custody, supervised release from 2018-09-17
              term 120 months from 2010-01-01; full term 2019-12-31; good conduct time 470 days (bop-years-served); projected 2018-09-17
            five-years: release 2014-05-09 (Friday), rrc-release, supervised release from 2014-05-09
              term 60 months from 2010-01-01; full term 2014-12-31; good conduct time 235 days (bop-years-served); projected 2014-05-10
            2 computed

            """.ReplaceLineEndings(), output.ReplaceLineEndings());
    }

    // As of 2020 the First Step Act method governs, but this person was out before it did: 120 months from Jan 1, 2010
    // project Sep 17, 2018 (a Monday) under the years-served method (470 days), before Jul 19, 2019, so that date stands.
    // The First Step Act's 540 days would give Jul 9, 2018, a day the person was not released on.
    [Fact]
    public void Json_output_carries_the_dates_and_the_trace()
    {
        var (code, output, _) = Invoke(Write("case.json", TenYears), "--as-of", "2020-01-01", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var result = json.RootElement.GetProperty("cases")[0];
        Assert.Equal("2020-01-01", json.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(470, result.GetProperty("goodConductTimeDays").GetInt32());
        Assert.Equal("bop-years-served", result.GetProperty("method").GetString());
        Assert.Equal("2018-09-17", result.GetProperty("projectedReleaseDate").GetString());
        Assert.Equal("2018-09-17", result.GetProperty("releaseDate").GetString());
        Assert.Equal("ice-custody", result.GetProperty("disposition").GetString());
        Assert.Equal(
            ["Computation start", "Full-term date", "Good conduct time", "Projected release date", "Good conduct time method change",
             "Release date", "Disposition", "Supervised release starts"],
            result.GetProperty("trace").EnumerateArray().Select(s => s.GetProperty("step").GetString()));
        Assert.Equal(
            "released before 2019-07-19: the date stands under bop-years-served",
            result.GetProperty("trace")[4].GetProperty("value").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    // The review finding, with the default as-of date (today): a release that happened in 2018 stays where it happened.
    [Fact]
    public void Today_as_of_keeps_a_release_made_before_the_First_Step_Act()
    {
        var (code, output, _) = Invoke(Write("case.json", TenYears));
        Assert.Equal(0, code);
        Assert.Contains("ten-years: release 2018-09-17 (Monday)", output, StringComparison.Ordinal);
        Assert.Contains("good conduct time 470 days (bop-years-served); projected 2018-09-17", output, StringComparison.Ordinal);
    }

    // 120 months from Dec 1, 2010: 470 days → Sunday Aug 18, 2019, in custody on Jul 19, 2019; recomputed 540 days →
    // Jun 9, 2019, already past: released Friday Jul 19, 2019 (Custody golden case transition-recomputed-date-passed).
    [Fact]
    public void A_recomputed_date_already_past_releases_on_July_19_2019()
    {
        var path = Write("case.json", """{"id":"passed","sentencedOn":"2010-11-01","termMonths":120,"custody":{"commencedOn":"2010-12-01"}}""");
        var (code, output, _) = Invoke(path, "--as-of", "2026-11-29", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var result = json.RootElement.GetProperty("cases")[0];
        Assert.Equal(540, result.GetProperty("goodConductTimeDays").GetInt32());
        Assert.Equal("fsa-years-imposed", result.GetProperty("method").GetString());
        Assert.True(result.GetProperty("releasedOnTransition").GetBoolean());
        Assert.Equal("2019-07-19", result.GetProperty("releaseDate").GetString());
        var steps = result.GetProperty("trace").EnumerateArray().Select(s => s.GetProperty("step").GetString()).ToList();
        Assert.Contains("Released on the method change", steps);
    }

    [Fact]
    public void Bad_records_are_named_and_good_ones_still_run()
    {
        var bad = """{"id":"zero","sentencedOn":"2009-12-01","termMonths":0,"custody":{"commencedOn":"2010-01-01"}}""";
        var path = Write("mixed.jsonl", bad + "\n" + FiveYears);
        var (code, output, error) = Invoke(path, "--as-of", "2015-11-01");
        Assert.Equal(2, code);
        Assert.Equal($"{path} line 1: case zero: termMonths = 0: a term of imprisonment must be at least 1 month", error.Trim());
        Assert.Contains("five-years: release 2014-05-09", output, StringComparison.Ordinal);
        Assert.EndsWith("1 computed", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_without_custody_is_rejected()
    {
        var path = Write("nocustody.json", """{"id":"free","sentencedOn":"2009-12-01","termMonths":60}""");
        var (code, _, error) = Invoke(path, "--as-of", "2015-11-01");
        Assert.Equal(2, code);
        Assert.Contains("case free: custody = (missing)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_as_of_date_is_rejected()
    {
        var (code, _, error) = Invoke(Write("case.json", TenYears), "--as-of", "2015-13-01");
        Assert.Equal(2, code);
        Assert.Equal("--as-of = 2015-13-01: an ISO date, YYYY-MM-DD", error.Trim());
    }

    [Fact]
    public void A_missing_file_is_rejected()
    {
        var missing = Path.Combine(_folder, "missing.json");
        var (code, _, error) = Invoke(missing, "--as-of", "2015-11-01");
        Assert.Equal(2, code);
        Assert.Equal($"{missing}: case (file): FILE = {missing}: an existing case file", error.Trim());
    }

    // The first wave (Custody golden case first-wave-ice): 120 → 70 months from Jun 1, 2008, order Nov 1, 2015.
    [Fact]
    public void The_release_object_for_reduce_has_the_issue_fields()
    {
        var @case = CaseReader.Read(
            """{"id":"w","sentencedOn":"2008-05-01","termMonths":120,"custody":{"commencedOn":"2008-06-01"},"detainers":["ice"]}""", "w.json")[0].Case!;
        var order = new LocalDate(2015, 11, 1);
        var plan = ReleasePlanner.Current.Plan(@case, 70, order, order, default(NoTrace));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            ReleaseCommand.WriteRelease(writer, plan);
            writer.WriteEndObject();
        }

        Assert.Equal(
            """{"release":{"projectedReleaseDate":"2017-02-15","newProjectedReleaseDate":"2013-06-30","releaseDate":"2015-10-30","immediateRelease":true,"releasedBeforeOrder":false,"disposition":"ice-custody","supervisedReleaseStart":"2015-10-30","goodConductTimeDays":470,"newGoodConductTimeDays":274,"method":"bop-years-served","newMethod":"bop-years-served"}}""",
            System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void Help_lists_the_options()
    {
        var output = new StringWriter();
        var code = new RootCommand { ReleaseCommand.Create() }.Parse(["release", "--help"]).Invoke(new InvocationConfiguration { Output = output });
        Assert.Equal(0, code);
        Assert.Contains("--as-of", output.ToString(), StringComparison.Ordinal);
    }
}
