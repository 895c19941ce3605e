using System.CommandLine;
using System.Text.Json;

namespace Retroact.Cli.Tests;

/// <summary><c>retroact compare A B</c>: two amendments on the same default population.</summary>
public sealed class ImpactCompareCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("retroact-compare-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Output, string Error) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { CompareCommand.Create() };
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Both_runs_read_the_same_population_and_the_table_shows_the_difference()
    {
        var outDir = Path.Combine(_folder, "out");
        var (code, output, error) = Invoke("compare", "782", "drugs-minus-four", "--order-date", "2015-11-01", "--count", "3000", "--out", outDir);
        Assert.True(code == 0, error);
        Assert.Contains("difference", output, StringComparison.Ordinal);
        using var a = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "A", "report.json")));
        using var b = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "B", "report.json")));
        Assert.Equal("782", a.RootElement.GetProperty("amendment").GetString());
        Assert.Equal("drugs-minus-four", b.RootElement.GetProperty("amendment").GetString());
        Assert.Equal(a.RootElement.GetProperty("population").GetString(), b.RootElement.GetProperty("population").GetString());
        Assert.Equal(3000, b.RootElement.GetProperty("input").GetProperty("read").GetInt32());
    }

    [Fact]
    public void Each_run_writes_its_decisions_in_the_format_asked()
    {
        var outDir = Path.Combine(_folder, "pq");
        var (code, _, error) = Invoke("compare", "782", "drugs-minus-four", "--order-date", "2015-11-01", "--count", "500", "--decisions-format", "parquet", "--out", outDir);
        Assert.True(code == 0, error);
        foreach (var run in new[] { "A", "B" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, run, "decisions.parquet")), run);
            Assert.False(File.Exists(Path.Combine(outDir, run, "decisions.csv")), run);
        }
    }

    // 782's orders take effect from Nov 1, 2015 (USSG §1B1.10(e)(1)); the shipped drugs-minus-four reform's from Nov 1, 2027.
    [Fact]
    public void Orders_effective_on_different_days_are_pointed_out()
    {
        var (code, output, error) = Invoke("compare", "782", "drugs-minus-four", "--count", "300", "--out", Path.Combine(_folder, "days"));
        Assert.True(code == 0, error);
        Assert.StartsWith("Note: A's orders take effect 2015-11-01 and B's 2027-11-01, so the same population is judged on two different days", error, StringComparison.Ordinal);
        Assert.Contains("Retroact compare", output, StringComparison.Ordinal);
    }

    // drugs-minus-four, moved to 782's first order day: both are judged on Nov 1, 2015, on the population of Oct 31, 2015.
    [Fact]
    public void A_reform_moved_to_the_other_amendment_s_day_is_compared_on_that_day()
    {
        var outDir = Path.Combine(_folder, "moved");
        var (code, _, error) = Invoke("compare", "782", "drugs-minus-four", "--reform-date", "2015-11-01", "--count", "3000", "--out", outDir);
        Assert.True(code == 0, error);
        Assert.Equal("", error);
        using var b = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "B", "report.json")));
        Assert.Equal("2015-11-01", b.RootElement.GetProperty("orderEffectiveDate").GetString());
        Assert.Contains("in custody on 2015-10-31", b.RootElement.GetProperty("population").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            "drugs-minus-four is a hypothetical reform, treated here as in force and listed in USSG §1B1.10(d) from 2015-11-01 instead of its file's 2027-11-01.",
            b.RootElement.GetProperty("amendmentNote").GetString());
        using var a = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "A", "report.json")));
        Assert.False(a.RootElement.TryGetProperty("amendmentNote", out _));
    }

    [Fact]
    public void A_reform_date_with_no_reform_exits_2() =>
        Assert.Equal(
            "--reform-date 2015-11-01: neither 782 nor 706 is a reform; an enacted amendment's dates are the law's",
            Invoke("compare", "782", "706", "--reform-date", "2015-11-01", "--count", "10", "--out", Path.Combine(_folder, "r")).Error.Trim());

    [Fact]
    public void The_same_amendment_twice_differs_by_nothing_and_raises_no_note()
    {
        var (code, output, error) = Invoke("compare", "782", "782", "--count", "300", "--out", Path.Combine(_folder, "same"));
        Assert.True(code == 0, error);
        Assert.Equal("", error);
        var eligibleShare = output.Split('\n').Single(l => l.Contains("eligible share", StringComparison.Ordinal));
        Assert.EndsWith("0 │", eligibleShare.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Differences_carry_their_units()
    {
        var (code, output, error) = Invoke("compare", "782", "drugs-minus-four", "--order-date", "2015-11-01", "--count", "3000", "--out", Path.Combine(_folder, "units"));
        Assert.True(code == 0, error);
        var rows = output.Split('\n');
        Assert.Matches(@"eligible share .* [+-]\d+\.\d points │$", rows.Single(l => l.Contains("eligible share", StringComparison.Ordinal)).TrimEnd());
        Assert.Matches(@"dollars saved .* [+-]\$[\d,]+ │$", rows.Single(l => l.Contains("dollars saved", StringComparison.Ordinal)).TrimEnd());
    }

    [Fact]
    public void An_unknown_amendment_exits_2()
    {
        var (code, _, error) = Invoke("compare", "782", "no-such-reform", "--out", Path.Combine(_folder, "x"));
        Assert.Equal(2, code);
        Assert.StartsWith("--amendment no-such-reform: not a known amendment or a file", error, StringComparison.Ordinal);
    }
}
