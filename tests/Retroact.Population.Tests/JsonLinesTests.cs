using Retroact.Law.Cases;
using Retroact.Population.Reading;
using Retroact.Population.Synthetic;
using Retroact.Population.Writing;

namespace Retroact.Population.Tests;

public class JsonLinesTests
{
    [Fact]
    public void Generated_lines_are_case_format_v1_as_the_law_library_reads_it()
    {
        var cases = SyntheticPopulation.Generate(SyntheticPopulation.DefaultAsOf, 500, 21).ToList();
        using var file = new TempFile(".jsonl");
        using (var writer = PopulationWriter.Create(file.Path, PopulationFormat.JsonLines))
        {
            foreach (var c in cases) writer.Write(c);
        }

        var read = CaseReader.Read(File.ReadAllText(file.Path), file.Path);
        Assert.Equal(500, read.Count);
        Assert.All(read, r => Assert.Empty(r.Errors));
        Assert.Equal(cases.Select(c => RoundTripTests.Row(c)), read.Select(r => RoundTripTests.Row(r.Case!)));
    }

    [Fact]
    public void A_bad_line_rejects_only_itself()
    {
        using var file = new TempFile(".jsonl", string.Join('\n',
            """{"id":"a","sentencedOn":"2014-01-02","termMonths":60}""",
            """{"id":"b","sentencedOn":"2014-01-02","termMonths":60""",
            """{"id":"c","sentencedOn":"2014-01-02","criminalHistoryCategory":"VII"}""",
            """{"id":"d","sentencedOn":"2014-01-02","assumed":["SentencingDay"]}""") + "\n");
        using var reader = PopulationReader.Open(file.Path, PopulationFormat.JsonLines);
        var records = reader.ToList();
        Assert.Equal((4, 2, 2), (reader.Tally.Read, reader.Tally.Accepted, reader.Tally.Rejected));
        Assert.Equal("json", records[1].Rejection!.Field);
        Assert.StartsWith("not well-formed JSON: ", records[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(("criminalHistoryCategory", "\"VII\""), (records[2].Rejection!.Field, records[2].Rejection!.Value));
        Assert.Equal(Records.AssumedFields.SentencingDay, records[3].Assumed);
    }

    [Fact]
    public void A_truncated_last_line_is_a_file_error()
    {
        using var file = new TempFile(".jsonl", "{\"id\":\"a\",\"sentencedOn\":\"2014-01-02\"}\n{\"id\":\"b\",\"senten");
        using var reader = PopulationReader.Open(file.Path, PopulationFormat.JsonLines);
        var e = Assert.Throws<PopulationFileException>(() => reader.ToList());
        Assert.Equal($"{file.Path}: line 2: the last line is truncated: it is not complete JSON and has no line end", e.Message);
    }
}
