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
    public void Parquet_rejects_are_written_as_parquet_with_the_source_columns_and_the_reason()
    {
        var good = SyntheticPopulation.Generate(SyntheticPopulation.DefaultAsOf, 1, 2).Single();
        var bad = good with { Id = "bad", StatusPoints = 3, CriminalHistoryPoints = 1 };
        using var input = new TempFile(".parquet");
        using var output = new TempFile(".parquet");
        using (var writer = PopulationWriter.Create(input.Path, PopulationFormat.Parquet))
        {
            writer.Write(good);
            writer.Write(bad);
        }

        using (var reader = PopulationReader.Open(input.Path, PopulationFormat.Parquet))
        using (var rejects = RejectWriter.Create(output.Path, PopulationFormat.Parquet, reader.Columns))
        {
            foreach (var record in reader.Where(r => !r.IsAccepted)) rejects.Write(record.Rejection!);
        }

        using var again = PopulationReader.Open(output.Path, PopulationFormat.Parquet);
        var record2 = Assert.Single(again);
        Assert.Equal(("bad", "statusPoints", "more than the criminal history points"), (record2.Rejection!.Source[0], record2.Rejection.Field, record2.Rejection.Reason));
        Assert.Equal(["row", "field", "value", "reason"], again.Columns.TakeLast(4));
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

public class TypedParquetTests
{
    [Fact]
    public async Task A_parquet_file_with_typed_columns_from_another_tool_reads_by_the_native_rules()
    {
        using var file = new TempFile(".parquet");
        var id = new Parquet.Schema.DataField<string>("id", true);
        var sentencedOn = new Parquet.Schema.DataField<DateOnly?>("sentencedOn");
        var term = new Parquet.Schema.DataField<int?>("termMonths");
        var safetyValve = new Parquet.Schema.DataField<bool?>("safetyValve");
        var grams = new Parquet.Schema.DataField<double?>("drug1Grams");
        var substance = new Parquet.Schema.DataField<string>("drug1Substance", true);
        await using (var stream = File.Create(file.Path))
        await using (var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(id, sentencedOn, term, safetyValve, grams, substance), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(id, new[] { "a", "b" }, null);
            await group.WriteAsync<DateOnly>(sentencedOn, new DateOnly?[] { new DateOnly(2014, 5, 6), null });
            await group.WriteAsync<int>(term, new int?[] { 87, -4 });
            await group.WriteAsync<bool>(safetyValve, new bool?[] { true, null });
            await group.WriteAsync<double>(grams, new double?[] { 12.5, null });
            await group.WriteAsync(substance, new[] { "heroin", null }, null);
        }

        using var reader = PopulationReader.Open(file.Path, PopulationFormat.Parquet);
        var records = reader.ToList();
        var a = records[0].Case!;
        Assert.Equal((new NodaTime.LocalDate(2014, 5, 6), 87, true, 12.5m), (a.SentencedOn, a.TermMonths!.Value, a.SafetyValve, a.Drugs[0].Grams!.Value));
        Assert.Equal(("sentencedOn", "", "required; the day sentence was imposed (yyyy-MM-dd)"), (records[1].Rejection!.Field, records[1].Rejection!.Value, records[1].Rejection!.Reason));
    }

    [Fact]
    public async Task Required_typed_columns_read_as_written()
    {
        // A tool may write a column that can never be null as REQUIRED: its values must still come through one by one, also
        // right after an optional column of nulls (whose reading leaves Parquet.Net's presence buffer full of "absent").
        using var file = new TempFile(".parquet");
        var id = new Parquet.Schema.DataField<string>("id", false);
        var status = new Parquet.Schema.DataField<int?>("statusPoints");
        var sentencedOn = new Parquet.Schema.DataField<DateOnly>("sentencedOn");
        var term = new Parquet.Schema.DataField<int>("termMonths");
        var life = new Parquet.Schema.DataField<bool>("life");
        var category = new Parquet.Schema.DataField<string>("criminalHistoryCategory", true);
        var total = new Parquet.Schema.DataField<int>("totalOffenseLevel");
        const int rows = 5_000;
        var terms = Enumerable.Range(0, rows).Select(i => 24 + (i * 7 % 300)).ToArray();
        var totals = Enumerable.Range(0, rows).Select(i => 10 + (i % 30)).ToArray();
        var dates = Enumerable.Range(0, rows).Select(i => new DateOnly(2010, 1, 1).AddDays(i % 2_000)).ToArray();
        await using (var stream = File.Create(file.Path))
        await using (var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(id, status, sentencedOn, term, life, category, total), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(id, Enumerable.Range(0, rows).Select(i => $"r{i}").ToArray(), null);
            await group.WriteAsync<int>(status, new int?[rows]);
            await group.WriteAsync<DateOnly>(sentencedOn, dates);
            await group.WriteAsync<int>(term, terms);
            await group.WriteAsync<bool>(life, new bool[rows]);
            await group.WriteAsync(category, Enumerable.Repeat("II", rows).ToArray(), null);
            await group.WriteAsync<int>(total, totals);
        }

        using var reader = PopulationReader.Open(file.Path, PopulationFormat.Parquet);
        var records = reader.ToList();
        Assert.Equal(rows, records.Count);
        for (var i = 0; i < rows; i++)
        {
            var c = records[i].Case ?? throw new Xunit.Sdk.XunitException($"row {i + 1} rejected: {records[i].Rejection}");
            Assert.Equal(($"r{i}", terms[i], totals[i], NodaTime.LocalDate.FromDateOnly(dates[i]), false), (c.Id, c.TermMonths!.Value, c.TotalOffenseLevel!.Value, c.SentencedOn, c.Life));
        }
    }
}
