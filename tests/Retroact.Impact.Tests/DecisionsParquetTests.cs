using System.Globalization;
using Parquet;
using Parquet.Schema;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Pipeline;
using Retroact.Impact.Reports;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Population.Synthetic;
using Sylvan.Data.Csv;

namespace Retroact.Impact.Tests;

/// <summary>
/// <c>decisions.parquet</c> holds exactly the rows and columns of <c>decisions.csv</c>, typed: read back and written out
/// as the CSV writes each value, every cell of every row equals the CSV's, and a null is exactly an empty CSV field.
/// </summary>
public sealed class DecisionsParquetTests
{
    /// <summary>How a Parquet null reads in the comparison, unlike any CSV field (an empty CSV field must be a null, not empty text).</summary>
    private const string Null = "(null)";

    private static readonly Amendment A782 = AmendmentCatalog.Default.Find("782")!;

    private static (string Report, byte[] Decisions) Run(DecisionsFormat format)
    {
        using var decisions = new MemoryStream();
        var people = SyntheticPopulation.Records(ImpactPipeline.DefaultPopulationAsOf(A782), 3_000, 11);
        var report = ImpactPipeline.Default.Run(people, A782, null, "test", null, decisions, _ => { }, _ => { }, format);
        return (ReportJson.ToJson(report), decisions.ToArray());
    }

    [Fact]
    public async Task Every_cell_of_decisions_parquet_equals_the_csv_one()
    {
        var csv = Run(DecisionsFormat.Csv);
        var parquet = Run(DecisionsFormat.Parquet);

        Assert.Equal(csv.Report, parquet.Report);
        var (header, actual) = await AssertSameCells(csv.Decisions, parquet.Decisions, 3_000);
        Assert.Contains(actual, r => r[Array.IndexOf(header, "reason")] == "eligible" && r[Array.IndexOf(header, "releaseDate")] != Null);
        Assert.Contains(actual, r => r[Array.IndexOf(header, "limitedBy")] == Null && r[Array.IndexOf(header, "disposition")] == Null);
    }

    [Fact]
    public async Task Numbers_dates_and_flags_are_typed_and_an_empty_csv_field_is_null()
    {
        var fields = (await Schema(Run(DecisionsFormat.Parquet).Decisions)).ToDictionary(f => f.Name);

        Assert.Equal((typeof(int), false), (fields["termMonths"].ClrType, fields["termMonths"].IsNullable));
        Assert.Equal((typeof(int), true), (fields["reducedTermMonths"].ClrType, fields["reducedTermMonths"].IsNullable));
        Assert.Equal((typeof(int), false), (fields["savedDays"].ClrType, fields["savedDays"].IsNullable));
        Assert.Equal((typeof(bool), false), (fields["eligible"].ClrType, fields["eligible"].IsNullable));
        Assert.Equal((typeof(DateOnly), true), (fields["releaseDate"].ClrType, fields["releaseDate"].IsNullable));
        Assert.Equal((typeof(ReadOnlyMemory<char>), true), (fields["district"].ClrType, fields["district"].IsNullable)); // text (Parquet.Net reads UTF-8 text as chars)
    }

    [Fact]
    public async Task Random_outcomes_and_notes_with_commas_and_quotes_read_back_as_the_csv_writes_them()
    {
        // Every reason (unevaluable included), floor, disposition and flag the random rows take, and the note column,
        // which the synthetic population never fills.
        var (table, codes) = RandomOutcomes.Generate(17, 2_000);
        using var csvStream = new MemoryStream();
        using var parquetStream = new MemoryStream();
        using (var csv = new DecisionsCsvWriter(csvStream, codes))
        using (var parquet = new DecisionsParquetWriter(parquetStream, codes))
        {
            var row = 0;
            foreach (ref readonly var outcome in table.Chunk(0))
            {
                var detail = new DecisionDetail((short)(row % 7 == 0 ? -1 : 57), 71, (short)(row % 3 == 0 ? -1 : 46), 57, 736_000 + row, row % 2 == 0 ? int.MinValue : 736_500, int.MinValue, row % 5 - 1);
                var note = (row % 4) switch { 0 => null, 1 => "no release planned: \"custody\", commencedOn missing", 2 => "a plain note", _ => "" };
                csv.Write($"r{row}", in outcome, detail, note);
                parquet.Write($"r{row}", in outcome, detail, note);
                row++;
            }
        }

        var (header, actual) = await AssertSameCells(csvStream.ToArray(), parquetStream.ToArray(), 2_000);
        Assert.Contains(actual, r => r[Array.IndexOf(header, "reason")] == "unevaluable");
        Assert.Contains(actual, r => r[^1].Contains("\"custody\", commencedOn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rows_past_one_row_group_go_into_the_next()
    {
        const int rows = DecisionsParquetWriter.RowGroupRows + 7;
        var (table, codes) = RandomOutcomes.Generate(5, rows);
        using var csvStream = new MemoryStream();
        using var parquetStream = new MemoryStream();
        using (var csv = new DecisionsCsvWriter(csvStream, codes))
        using (var parquet = new DecisionsParquetWriter(parquetStream, codes))
        {
            var row = 0;
            for (var chunk = 0; chunk < table.ChunkCount; chunk++)
            {
                foreach (ref readonly var outcome in table.Chunk(chunk))
                {
                    var detail = new DecisionDetail(57, 71, (short)(row % 3 == 0 ? -1 : 46), 57, 736_000 + (row % 900), int.MinValue, int.MinValue, row % 4 - 1);
                    csv.Write($"r{row}", in outcome, detail);
                    parquet.Write($"r{row}", in outcome, detail);
                    row++;
                }
            }
        }

        var (_, read) = await AssertSameCells(csvStream.ToArray(), parquetStream.ToArray(), rows);
        Assert.Equal($"r{DecisionsParquetWriter.RowGroupRows}", read[DecisionsParquetWriter.RowGroupRows][0]);
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(parquetStream.ToArray()));
        Assert.Equal(2, reader.RowGroupCount);
    }

    /// <summary>
    /// Reads both files and asserts the same header, <paramref name="rows"/> rows, and every cell equal (an empty CSV field
    /// as a Parquet null); returns the Parquet side.
    /// </summary>
    private static async Task<(string[] Header, List<string[]> Rows)> AssertSameCells(byte[] csvBytes, byte[] parquetBytes, int rows)
    {
        var expected = CsvRows(csvBytes);
        var (header, actual) = await ParquetRows(parquetBytes);
        Assert.Equal(DecisionsCsvWriter.Header, string.Join(',', header));
        Assert.Equal(rows, expected.Count);
        Assert.Equal(rows, actual.Count);
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < header.Length; column++)
            {
                var csvCell = expected[row][column].Length == 0 ? Null : expected[row][column];
                if (csvCell != actual[row][column])
                {
                    Assert.Fail($"row {row + 1}, {header[column]}: csv '{csvCell}', parquet '{actual[row][column]}'");
                }
            }
        }

        return (header, actual);
    }

    private static List<string[]> CsvRows(byte[] bytes)
    {
        using var csv = CsvDataReader.Create(new StreamReader(new MemoryStream(bytes)));
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return rows;
    }

    private static async Task<DataField[]> Schema(byte[] bytes)
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes), new ParquetOptions { UseDateOnlyTypeForDates = true });
        return reader.Schema.GetDataFields();
    }

    /// <summary>The header and each row's values written as decisions.csv writes them: invariant numbers, yyyy-MM-dd dates, true/false; <see cref="Null"/> for null.</summary>
    private static async Task<(string[] Header, List<string[]> Rows)> ParquetRows(byte[] bytes)
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes), new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.GetDataFields();
        var rows = new List<string[]>();
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var count = checked((int)rowGroup.RowCount);
            var columns = new string[fields.Length][];
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c] = await Column(rowGroup, fields[c], count);
            }

            for (var row = 0; row < count; row++)
            {
                rows.Add([.. columns.Select(column => column[row])]);
            }
        }

        return ([.. fields.Select(f => f.Name)], rows);
    }

    private static async Task<string[]> Column(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var text = new string?[rows];
            await group.ReadAsync(field, text.AsMemory());
            return [.. text.Select(t => t ?? Null)];
        }

        if (type == typeof(int)) return await Typed<int>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(bool)) return await Typed<bool>(group, field, rows, v => v ? "true" : "false");
        if (type == typeof(DateOnly)) return await Typed<DateOnly>(group, field, rows, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        throw new InvalidOperationException($"{field.Name}: unexpected {type}");
    }

    /// <summary>A typed column as text; a required one is read into plain values (as <c>ParquetRowSource</c> does).</summary>
    private static async Task<string[]> Typed<T>(ParquetRowGroupReader group, DataField field, int rows, Func<T, string> format)
        where T : struct
    {
        if (!field.IsNullable)
        {
            var required = new T[rows];
            await group.ReadAsync(field, required.AsMemory());
            return [.. required.Select(format)];
        }

        var values = new T?[rows];
        await group.ReadAsync(field, values.AsMemory());
        return [.. values.Select(v => v is { } value ? format(value) : Null)];
    }
}
