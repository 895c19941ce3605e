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

    [Fact]
    public void An_unknown_amendment_exits_2()
    {
        var (code, _, error) = Invoke("compare", "782", "no-such-reform", "--out", Path.Combine(_folder, "x"));
        Assert.Equal(2, code);
        Assert.StartsWith("--amendment no-such-reform: not a known amendment or a file", error, StringComparison.Ordinal);
    }
}
