using Retroact.Law.Cases;
using Retroact.Population.Native;
using Retroact.Population.Reading;
using Retroact.Population.Records;
using Retroact.Population.Synthetic;
using Retroact.Population.Writing;

namespace Retroact.Population.Tests;

public class RoundTripTests
{
    /// <summary>Two cases are the same when their native rows are (every field, lists included, is in the row).</summary>
    internal static string[] Row(Case c, AssumedFields assumed = AssumedFields.None)
    {
        var formatter = new NativeRowFormatter();
        var values = new string[formatter.Header.Length];
        formatter.Format(c, assumed, values);
        return values;
    }

    [Theory]
    [InlineData(PopulationFormat.Native, ".csv")]
    [InlineData(PopulationFormat.Parquet, ".parquet")]
    [InlineData(PopulationFormat.JsonLines, ".jsonl")]
    public void Writing_then_reading_gives_back_every_case(PopulationFormat format, string extension)
    {
        var cases = SyntheticPopulation.Generate(SyntheticPopulation.DefaultAsOf, 3_000, 7).ToList();
        using var file = new TempFile(extension);
        using (var writer = PopulationWriter.Create(file.Path, format))
        {
            foreach (var c in cases) writer.Write(c);
        }

        using var reader = PopulationReader.Open(file.Path, format);
        var back = reader.ToList();
        Assert.Equal((3_000, 3_000, 0), (reader.Tally.Read, reader.Tally.Accepted, reader.Tally.Rejected));
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.Equal(Row(cases[i]), Row(back[i].Case!));
        }
    }

    [Fact]
    public void A_case_with_every_optional_value_survives_native_and_parquet_with_its_assumptions()
    {
        var c = new Case
        {
            Id = "x, \"quoted\"",
            SentencedOn = new(2009, 3, 4),
            Manual = new(2008, 11, 1),
            Guideline = "2D1.1",
            Drugs = [new DrugAmount("heroin", 12.25m), new DrugAmount("ketamine", null, 400m)],
            BaseOffenseLevel = 26, TotalOffenseLevel = 25, OffenseLevelAdjustments = -1, MitigatingRole = MitigatingRole.Intermediate,
            CriminalHistoryCategory = CriminalHistoryCategory.II, CriminalHistoryPoints = 3, StatusPoints = 2,
            ZeroPointDisqualifiers = [], CareerOffender = new CareerOffenderFinding(31), StatutoryMinimumMonths = 60,
            StatutoryMaximumMonths = 480, SafetyValve = true, SubstantialAssistance = SubstantialAssistance.Rule35b,
            TermMonths = 70, ConsecutiveMonths = 60,
            Custody = new CustodyFacts { CommencedOn = new(2009, 3, 5), PriorCustodyDays = 9, Status = CustodyStatus.HomeConfinement, GctDisallowedDays = 27 },
            Citizenship = Citizenship.NonUs, Detainers = [Detainer.Ice, Detainer.Other],
            Demographics = new Demographics { Race = "other", Ethnicity = "hispanic", Sex = "female", District = "PR", Age = 44 },
        };
        foreach (var (format, extension) in new[] { (PopulationFormat.Native, ".csv"), (PopulationFormat.Parquet, ".parquet") })
        {
            using var file = new TempFile(extension);
            using (var writer = PopulationWriter.Create(file.Path, format))
            {
                writer.Write(c, AssumedFields.SentencingDay | AssumedFields.Detainers);
            }

            using var reader = PopulationReader.Open(file.Path, format);
            var back = Assert.Single(reader);
            Assert.Equal(Row(c, AssumedFields.SentencingDay | AssumedFields.Detainers), Row(back.Case!, back.Assumed));
        }
    }
}

public class ParquetAndRejectFileTests
{
    [Fact]
    public void A_file_that_is_not_parquet_is_one_error()
    {
        using var file = new TempFile(".parquet", "id,sentencedOn\n");
        var e = Assert.Throws<PopulationFileException>(() => PopulationReader.Open(file.Path, PopulationFormat.Parquet));
        Assert.StartsWith($"{file.Path}: not a readable Parquet file: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_rejects_are_written_as_json_lines_with_the_source_line()
    {
        using var input = new TempFile(".jsonl", "{\"id\":\"a\",\"sentencedOn\":\"2014-13-01\"}\n");
        using var output = new TempFile(".jsonl");
        using (var reader = PopulationReader.Open(input.Path, PopulationFormat.JsonLines))
        using (var rejects = RejectWriter.Create(output.Path, PopulationFormat.JsonLines, reader.Columns))
        {
            foreach (var record in reader) rejects.Write(record.Rejection!);
        }

        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output.Path));
        var root = doc.RootElement;
        Assert.Equal(("1", "sentencedOn", "{\"id\":\"a\",\"sentencedOn\":\"2014-13-01\"}"),
            (root.GetProperty("row").GetString(), root.GetProperty("field").GetString(), root.GetProperty("source").GetString()));
    }
}
