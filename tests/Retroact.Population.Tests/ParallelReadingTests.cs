using System.Text;
using Retroact.Population.Reading;
using Retroact.Population.Records;

namespace Retroact.Population.Tests;

/// <summary>
/// CSV files are cut into blocks parsed on every core. Whatever the block size, the records, their row numbers, the
/// rejections and the tally are those of one reader going through the whole file (the default block size holds these
/// small files in one block), including quoted fields with commas, doubled quotes and line breaks that straddle a block
/// boundary, CRLF line ends, blank lines and ragged rows; and a file the splitter cannot vouch for is read sequentially
/// from the first doubtful block on, giving the same records and the same error.
/// </summary>
public class ParallelReadingTests
{
    private const string Header = "id,sentencedOn,guideline,totalOffenseLevel,criminalHistoryCategory,termMonths,district\n";

    private static readonly int[] BlockSizes = [1, 2, 3, 7, 16, 61, 128, 1000];

    /// <summary>300 rows, about a third rejected, with quoted fields of every kind.</summary>
    private static string Rows()
    {
        var text = new StringBuilder(Header);
        for (var i = 1; i <= 300; i++)
        {
            var guideline = i % 7 == 0 ? "\"2D1.1,\nsee \"\"note\"\"\"" : "2D1.1";
            var date = i % 11 == 0 ? "2013-02-30" : "2013-05-17";
            var level = i % 19 == 0 ? "\"4\n4\"" : (20 + i % 20).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var district = i % 13 == 0 ? "\"TX-S,\r\nHouston\"" : "TX-S";
            var end = i % 5 == 0 ? "\r\n" : "\n";
            text.Append(i % 17 == 0 ? $"c{i},{date},{guideline}{end}" : $"c{i},{date},{guideline},{level},III,120,{district}{end}");
            if (i == 150) text.Append('\n');
        }

        return text.ToString();
    }

    private static (List<string> Records, string Tally, string? Error) Read(string path, int blockBytes)
    {
        using var reader = PopulationReader.Open(path, PopulationFormat.Native, new PopulationReaderOptions { BlockBytes = blockBytes });
        var records = new List<string>();
        string? error = null;
        try
        {
            records.AddRange(reader.Select(Describe));
        }
        catch (PopulationFileException e)
        {
            error = e.Message;
        }

        var t = reader.Tally;
        return (records, $"{t.Read}={t.Accepted}+{t.Rejected}; {string.Join("; ", t.Reasons.Select(r => $"{r.Key} x{r.Value}"))}", error);
    }

    /// <summary>Reads <paramref name="path"/> in one block and at every block size; all readings agree. Returns the one-block reading.</summary>
    private static (List<string> Records, string Tally, string? Error) ReadAtEveryBlockSize(string path)
    {
        var whole = Read(path, 1 << 20);
        foreach (var size in BlockSizes)
        {
            var blocks = Read(path, size);
            Assert.Equal(whole.Records, blocks.Records);
            Assert.Equal(whole.Tally, blocks.Tally);
            Assert.Equal(whole.Error, blocks.Error);
        }

        return whole;
    }

    private static string Describe(PopulationRecord r) =>
        $"{r.Row}|{r.Case?.Id}|{r.Case?.Guideline}|{r.Case?.TotalOffenseLevel}|{r.Case?.Demographics?.District}|" +
        $"{r.Rejection?.Row}|{r.Rejection?.Field}|{r.Rejection?.Value}|{r.Rejection?.Reason}|{string.Join("¦", r.Rejection?.Source ?? [])}";

    [Fact]
    public void Every_block_size_reads_what_one_reader_reads_through_the_whole_file()
    {
        using var file = new TempFile(text: Rows());
        var whole = ReadAtEveryBlockSize(file.Path);
        Assert.Equal(301, whole.Records.Count);
        Assert.Null(whole.Error);
        Assert.Contains(whole.Records, r => r.Contains("|2D1.1,\nsee \"note\"|", StringComparison.Ordinal));
        Assert.Contains(whole.Records, r => r.Contains("|TX-S,\r\nHouston|", StringComparison.Ordinal));
        Assert.Contains(whole.Records, r => r.Contains("|totalOffenseLevel|4\n4|", StringComparison.Ordinal));
        Assert.Contains(whole.Records, r => r.StartsWith("151||", StringComparison.Ordinal)); // the blank line after row 150 is a row, rejected
    }

    [Fact]
    public void A_stray_quote_hands_the_rest_to_the_sequential_reader_with_the_same_records()
    {
        // A quote inside an unquoted field is text to the CSV parser but breaks quote parity, so the splitter stops there.
        using var file = new TempFile(text: Rows().Replace("c100,", "c1\"00,", StringComparison.Ordinal));
        var whole = ReadAtEveryBlockSize(file.Path);
        Assert.Contains(whole.Records, r => r.Contains("|c1\"00|", StringComparison.Ordinal));
        Assert.Null(whole.Error);
    }

    [Theory]
    [InlineData("c250,2013-05-17,\"2D1.1\"x,20,III,120,TX-S\n", "line 252, column 3 (guideline): bad quoting: A delimiter, newline or EOF was expected after a closing quote.")]
    [InlineData("c250,2013-05-17,\"2D1.1,20,III,120,TX-S\n", "line 252, column 3 (guideline): bad quoting: A delimiter, newline or EOF was expected after a closing quote.")] // the quote runs on to row 252's
    public void Bad_quoting_gives_the_same_error_after_the_same_records(string badRow, string expected)
    {
        var rows = Rows();
        var at = rows.IndexOf("c250,", StringComparison.Ordinal);
        using var file = new TempFile(text: rows[..at] + badRow + rows[at..]);
        var whole = ReadAtEveryBlockSize(file.Path);
        Assert.Equal($"{file.Path}: {expected}", whole.Error);
        Assert.Equal(250, whole.Records.Count);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_a_late_block_give_the_same_error_after_the_same_records()
    {
        using var file = new TempFile();
        File.WriteAllBytes(file.Path, [.. Encoding.UTF8.GetBytes(Rows()), .. "c301,2013-05-17,2D1.1,20,III,120,"u8, 0xE9, .. "\n"u8]);
        var whole = ReadAtEveryBlockSize(file.Path);
        Assert.Equal($"{file.Path}: line 303, column 7 (district): bytes that are not valid UTF-8 (or a NUL character); the file must be UTF-8 text", whole.Error);
        Assert.Equal(301, whole.Records.Count);
    }
}
