namespace Retroact.Cli.Tests;

public sealed class CalcCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "retroact-calc-" + Guid.NewGuid().ToString("N"));

    public CalcCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string[] Output, string[] Error) Run(IReadOnlyList<string> files, string? manual = null, bool json = false, bool explain = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CalcCommand.Run(files, manual, json, explain, output, error);
        static string[] Lines(StringWriter w) => w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (code, Lines(output), Lines(error));
    }

    private const string Heroin = """{"id":"h1","sentencedOn":"2015-03-02","drugs":[{"substance":"heroin","grams":1200}],"offenseLevelAdjustments":-3,"criminalHistoryCategory":"I","statutoryMinimumMonths":120}""";

    [Fact]
    public void One_case_as_json_line()
    {
        var (code, output, error) = Run([Write("one.json", Heroin)], json: true);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(
            """{"id":"h1","manual":"2014-11-01","manualName":"Nov. 1, 2014 Manual","baseOffenseLevel":30,"totalOffenseLevel":27,"criminalHistoryCategory":"I","careerOffender":false,"range":{"minMonths":70,"maxMonths":87,"text":"70–87"},"restrictedRange":{"minMonths":120,"maxMonths":120,"text":"120–120"},"zone":"D","mismatches":[]}""",
            Assert.Single(output));
    }

    [Fact]
    public void Manual_option_applies_one_edition_to_every_case()
    {
        var (code, output, _) = Run([Write("one.json", Heroin)], manual: "2013-11-01");
        Assert.Equal(0, code);
        Assert.Equal("h1: Nov. 1, 2013 Manual; base 32, total 29, category I; range 87–108 months; restricted 120–120; Zone D", Assert.Single(output));
    }

    [Fact]
    public void Explain_prints_the_steps_with_citations()
    {
        var (code, output, _) = Run([Write("one.json", Heroin)], explain: true);
        Assert.Equal(0, code);
        var text = string.Join("\n", output);
        Assert.Contains("Case h1 under the Nov. 1, 2014 Manual", text, StringComparison.Ordinal);
        Assert.Contains("Range restricted by", text, StringComparison.Ordinal);
        Assert.Contains("§5G1.1(a)-(c)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_with_bad_records_exits_2_and_still_answers_the_good_ones()
    {
        var lines = string.Join("\n",
            Heroin,
            """{"id":"bad-substance","sentencedOn":"2015-03-02","drugs":[{"substance":"unobtainium","grams":5}],"criminalHistoryCategory":"I"}""",
            """{"id":"bad-grams","sentencedOn":"2015-03-02","drugs":[{"substance":"heroin","grams":-5}],"criminalHistoryCategory":"I"}""",
            """{"id":"no-grams","sentencedOn":"2015-03-02","drugs":[{"substance":"heroin"}],"criminalHistoryCategory":"I"}""",
            """{"id":"bad-level","sentencedOn":"2015-03-02","totalOffenseLevel":44,"criminalHistoryCategory":"I"}""",
            """{"id":"bad-chc","sentencedOn":"2015-03-02","totalOffenseLevel":20,"criminalHistoryCategory":"VII"}""",
            """{"id":"too-early","sentencedOn":"1990-01-02","totalOffenseLevel":20,"criminalHistoryCategory":"I"}""",
            """{"id":"broken", "sentencedOn": """,
            """{"id":"h2","sentencedOn":"2015-03-02","totalOffenseLevel":20,"criminalHistoryCategory":"II"}""");
        var file = Write("batch.jsonl", lines);
        var (code, output, error) = Run([file]);
        Assert.Equal(2, code);
        Assert.Equal(
            [
                "h1: Nov. 1, 2014 Manual; base 30, total 27, category I; range 70–87 months; restricted 120–120; Zone D",
                "h2: Nov. 1, 2014 Manual; base (not given), total 20, category II; range 37–46 months; restricted 37–46; Zone D",
            ],
            output);
        Assert.Equal(7, error.Length);
        Assert.StartsWith($"{file} line 2: case bad-substance: drugs[0].substance = \"unobtainium\": one of amphetamine, ", error[0], StringComparison.Ordinal);
        Assert.Equal($"{file} line 3: case bad-grams: drugs[0].grams = -5: a number above 0", error[1]);
        Assert.Equal($"{file} line 4: case no-grams: drugs[0].grams = (missing): a number above 0 (heroin is measured in grams)", error[2]);
        Assert.Equal($"{file} line 5: case bad-level: totalOffenseLevel = 44: a whole number from 1 to 43", error[3]);
        Assert.Equal($"{file} line 6: case bad-chc: criminalHistoryCategory = \"VII\": one of I, II, III, IV, V, VI", error[4]);
        Assert.Equal($"{file} line 7: case too-early: sentencedOn = 1990-01-02: a date on or after 1994-11-01, the first encoded edition", error[5]);
        Assert.StartsWith($"{file} line 8: case line 8: (json) = malformed at line 1, byte ", error[6], StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_of_cases_is_read()
    {
        var (code, output, _) = Run([Write("array.json", $"[{Heroin}, {Heroin.Replace("h1", "h3", StringComparison.Ordinal)}]")]);
        Assert.Equal(0, code);
        Assert.Equal(2, output.Length);
        Assert.StartsWith("h3: ", output[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (code, _, error) = Run([Path.Combine(_dir, "none.json")]);
        Assert.Equal(2, code);
        Assert.Equal($"calc: {Path.Combine(_dir, "none.json")}: file not found", Assert.Single(error));
    }
}
