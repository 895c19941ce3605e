using Retroact.Population;

namespace Retroact.Cli.Tests;

public class ValidateCommandTests
{
    private static (int Code, string Out, string Error) Run(string path, PopulationFormat? format, string? rejects = null, bool json = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ValidateCommand.Run(path, format, rejects, json, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Prints_the_account_the_reasons_the_missing_columns_and_writes_rejects()
    {
        var input = Path.GetTempFileName();
        var rejects = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, "SENTYR,SENTMON,XCRHISSR,SENTTOT\n2012,4,1,60\n2012,4,9,60\n2012,4,8,30\n2012,4,2,12\n");
            var (code, output, error) = Run(input, PopulationFormat.Ussc, rejects);
            Assert.Equal((0, ""), (code, error));
            Assert.Contains("read 4, accepted 2, rejected 2", output, StringComparison.Ordinal);
            Assert.Contains("         2  XCRHISSR: out of range; expected 1 to 6", output, StringComparison.Ordinal);
            Assert.Contains("no Amendment 782 recalculation: missing XFOLSOR, DRUGTYP1, WGT1", output, StringComparison.Ordinal);
            Assert.Contains("no Amendment 821 Part A (status points): missing SENTPTS, TOTCHPTS", output, StringComparison.Ordinal);
            Assert.Equal(
                "SENTYR,SENTMON,XCRHISSR,SENTTOT,row,field,value,reason\n" +
                "2012,4,9,60,2,XCRHISSR,9,out of range; expected 1 to 6\n" +
                "2012,4,8,30,3,XCRHISSR,8,out of range; expected 1 to 6\n",
                File.ReadAllText(rejects));
        }
        finally
        {
            File.Delete(input);
            File.Delete(rejects);
        }
    }

    [Fact]
    public void The_json_summary_carries_the_same_account()
    {
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, "id,sentencedOn,termMonths\na,2014-01-01,5\nb,2014-01-01,x\n");
            var (code, output, _) = Run(input, PopulationFormat.Native, json: true);
            Assert.Equal(0, code);
            using var doc = System.Text.Json.JsonDocument.Parse(output);
            var root = doc.RootElement;
            Assert.Equal((2, 1, 1), (root.GetProperty("read").GetInt32(), root.GetProperty("accepted").GetInt32(), root.GetProperty("rejected").GetInt32()));
            Assert.Equal("termMonths: not a whole number; expected 0 to 9990", root.GetProperty("reasons")[0].GetProperty("reason").GetString());
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void A_malformed_file_exits_2_with_one_error_naming_file_line_and_column()
    {
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, "id,sentencedOn\na,\"2014-01-01\nb,2014-01-01\n");
            var (code, output, error) = Run(input, PopulationFormat.Native);
            Assert.Equal((2, ""), (code, output));
            Assert.Equal($"{input}: line 2, column 2 (sentencedOn): bad quoting: A quoted field at the end of the input ends without a closing quote.\n", error.ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(input);
        }
    }
}
