using Retroact.Population;
using Retroact.Population.Reading;

namespace Retroact.Cli.Tests;

public class GenerateCommandTests
{
    [Fact]
    public void Writes_a_population_that_validates_with_nothing_rejected()
    {
        var path = Path.GetTempFileName() + ".parquet";
        try
        {
            var output = new StringWriter();
            var code = GenerateCommand.Run("2015-10-01", 1_000, 4, path, null, output, TextWriter.Null);
            Assert.Equal(0, code);
            Assert.Equal($"wrote 1000 people in custody on 2015-10-01 to {path} (Parquet, seed 4)\n", output.ToString().ReplaceLineEndings("\n"));
            using var reader = PopulationReader.Open(path, PopulationFormat.Parquet);
            Assert.Equal(1_000, reader.Count(r => r.IsAccepted));
            Assert.Equal(0, reader.Tally.Rejected);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("2015-13-01", 10, null, "--as-of 2015-13-01: not a date; expected yyyy-MM-dd\n")]
    [InlineData("2015-10-01", -1, null, "--count -1: must be 0 or more\n")]
    [InlineData("2015-10-01", 10, PopulationFormat.Ussc, "--format ussc: the USSC layout is read-only; expected native, parquet or jsonl\n")]
    public void Bad_input_exits_2_naming_the_option_and_what_is_allowed(string asOf, int count, PopulationFormat? format, string message)
    {
        var error = new StringWriter();
        Assert.Equal(2, GenerateCommand.Run(asOf, count, 1, Path.Combine(Path.GetTempPath(), "never-written.csv"), format, TextWriter.Null, error));
        Assert.Equal(message, error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_format_name_exits_2_without_writing()
    {
        var path = Path.Combine(Path.GetTempPath(), "retroact-never-" + Guid.NewGuid().ToString("N") + ".csv");
        Assert.Equal(2, GenerateCommand.Create().Parse(["--out", path, "--format", "excel", "--count", "1"]).Invoke());
        Assert.False(File.Exists(path));
    }
}
