using System.Buffers;
using System.Text;
using Retroact.Population.Reading;

namespace Retroact.Population.Tests;

/// <summary>
/// The hand-written reader of plain ASCII blocks gives, row for row, what Sylvan.Data.Csv gives for the same block:
/// the same row numbers, field counts, fields, reject-file snapshots and errors. Rows it does not read as Sylvan does
/// (quotes inside a field, lone carriage returns, bytes that are not ASCII or are NUL, very long
/// rows) hand the rest of the block to Sylvan.
/// </summary>
public class AsciiBlockRowSourceTests
{
    private const string Header = "h1,h2,h3\n";
    private const string Path = "block.csv";
    private static readonly string[] Columns = ["h1", "h2", "h3"];

    private static CsvBlock Block(string data, long rowsBefore = 40)
    {
        var bytes = Encoding.UTF8.GetBytes(Header + data);
        var rented = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(rented, 0);
        return new CsvBlock(rented, Header.Length, bytes.Length, rowsBefore, 0);
    }

    /// <summary>Every row of <paramref name="rows"/> as "row|field count|fields|snapshot", then the error that ended the block, if any.</summary>
    private static List<string> Describe(IRowSource rows)
    {
        var described = new List<string>();
        try
        {
            while (rows.MoveNext())
            {
                var fields = Enumerable.Range(0, rows.FieldCount + 1).Select(i => rows.Field(i).ToString());
                described.Add($"{rows.Row}|{rows.FieldCount}|{string.Join("¦", fields)}|{string.Join("¦", rows.Snapshot())}");
            }
        }
        catch (PopulationFileException e)
        {
            described.Add("error: " + e.Message);
        }

        return described;
    }

    /// <summary>Reads <paramref name="data"/> with both readers, asserts they agree and returns the fast reader's rows and whether it handed over to Sylvan.</summary>
    private static (List<string> Rows, bool BySylvan) ReadBoth(string data)
    {
        List<string> expected;
        using (var sylvan = CsvRowSource.OverBlock(Path, Columns, Block(data)))
        {
            expected = Describe(sylvan);
        }

        using var fast = AsciiBlockRowSource.Over(Path, Columns, Block(data));
        var actual = Describe(fast);
        Assert.Equal(expected, actual);
        return (actual, fast.ReadBySylvan);
    }

    /// <summary>Asserts that both readers give <paramref name="expected"/> for <paramref name="data"/>, and that the fast reader needed no help.</summary>
    private static void AssertReadByItself(string data, params string[] expected)
    {
        var (rows, bySylvan) = ReadBoth(data);
        Assert.Equal(expected, rows);
        Assert.False(bySylvan);
    }

    [Fact]
    public void Plain_rows_are_split_at_commas_and_numbered_on_from_the_rows_before_the_block() =>
        AssertReadByItself("a,b,c\n1,22,333\n", "41|3|a¦b¦c¦|a¦b¦c", "42|3|1¦22¦333¦|1¦22¦333");

    [Fact]
    public void Crlf_line_ends_are_not_part_of_the_last_field() =>
        AssertReadByItself("a,b,c\r\nd,e,\r\n\r\n", "41|3|a¦b¦c¦|a¦b¦c", "42|3|d¦e¦¦|d¦e¦", "43|1|¦|");

    [Fact]
    public void Ragged_rows_keep_their_own_field_count() =>
        AssertReadByItself("a,b,c,d\ne\n,\n", "41|4|a¦b¦c¦d¦|a¦b¦c¦d", "42|1|e¦|e", "43|2|¦¦|¦");

    [Fact]
    public void A_blank_line_is_a_row_of_one_empty_field() =>
        AssertReadByItself("a,b,c\n\nd,e,f\n", "41|3|a¦b¦c¦|a¦b¦c", "42|1|¦|", "43|3|d¦e¦f¦|d¦e¦f");

    [Fact]
    public void The_last_row_may_end_without_a_line_end() =>
        AssertReadByItself("a,b,c\nd,e,", "41|3|a¦b¦c¦|a¦b¦c", "42|3|d¦e¦¦|d¦e¦");

    [Fact]
    public void Whitespace_around_fields_is_kept() =>
        AssertReadByItself(" a ,\tb, c \n", "41|3| a ¦\tb¦ c ¦| a ¦\tb¦ c ");

    [Fact]
    public void Quoted_fields_hold_commas_line_ends_and_doubled_quotes() =>
        AssertReadByItself("\"x,\r\ny\",\"a\"\"b\"\"\",\"\"\r\n\"\"\"\",\"q\"\n1,\"2\"", "41|3|x,\r\ny¦a\"b\"¦¦|x,\r\ny¦a\"b\"¦", "42|2|\"¦q¦|\"¦q", "43|2|1¦2¦|1¦2");

    [Fact]
    public void A_row_starting_with_a_hash_is_a_row_like_any_other() =>
        AssertReadByItself("a,b,c\n#d,e,f\nh,i,j\n", "41|3|a¦b¦c¦|a¦b¦c", "42|3|#d¦e¦f¦|#d¦e¦f", "43|3|h¦i¦j¦|h¦i¦j");

    [Theory]
    [InlineData("a,b,c\nd,e\"f,g\nh,i,j\n")] // a quote inside an unquoted field
    [InlineData("a,b,c\n\"d\"e,f,g\nh,i,j\n")] // text after a closing quote
    [InlineData("a,b,c\n\"d,e,f\n")] // a quote never closed
    [InlineData("a,b,c\nd\re,f\nh,i,j\n")] // a lone carriage return
    [InlineData("a,b,c\nd,e,f\r")] // a carriage return at the very end
    [InlineData("a,b,c\nd,é,f\n")] // a character that is not ASCII
    [InlineData("a,b,c\nd,\0,f\n")] // a NUL character, an error to Sylvan
    public void A_row_it_does_not_read_as_sylvan_does_hands_the_rest_of_the_block_to_sylvan(string data)
    {
        var (rows, bySylvan) = ReadBoth(data);
        Assert.True(bySylvan);
        Assert.Equal("41|3|a¦b¦c¦|a¦b¦c", rows[0]);
    }

    [Fact]
    public void A_row_longer_than_the_limit_is_read_by_sylvan()
    {
        var longField = new string('x', AsciiBlockRowSource.MaxRowChars);
        var (rows, bySylvan) = ReadBoth($"a,b,c\n{longField},y,z\nd,e,f\n");
        Assert.True(bySylvan);
        Assert.Equal($"42|3|{longField}¦y¦z¦|{longField}¦y¦z", rows[1]);
        Assert.Equal("43|3|d¦e¦f¦|d¦e¦f", rows[2]);
    }

    [Fact]
    public void Random_blocks_read_as_sylvan_reads_them()
    {
        // Rows of fields drawn from plain, quoted and odd tokens, and strings of the characters that matter to CSV:
        // whatever the mix, both readers agree, and the fast reader reads most of the token rows itself.
        string[] tokens = ["a", "1", "", " b ", "22", "\"x\"", "\"a,b\"", "\"q\"\"q\"", "\"l\r\nm\"", "\"\"", "a\"b", "#c", "\r", "\"x\"y"];
        const string characters = "ab1 ,,,\"\"\n\n\r#\0é";
        var random = new Random(5);
        var (fastRows, handedOver) = (0, 0);
        for (var block = 0; block < 4_000; block++)
        {
            var text = new StringBuilder();
            var rows = random.Next(1, 8);
            for (var row = 0; block % 2 == 0 && row < rows; row++)
            {
                var fields = random.Next(1, 6);
                for (var field = 0; field < fields; field++)
                {
                    text.Append(field > 0 ? "," : "").Append(tokens[random.Next(random.Next(10) == 0 ? tokens.Length : tokens.Length - 4)]);
                }

                text.Append(row == rows - 1 && random.Next(4) == 0 ? "" : random.Next(3) == 0 ? "\r\n" : "\n");
            }

            for (var i = random.Next(1, 60); block % 2 == 1 && i > 0; i--)
            {
                text.Append(characters[random.Next(characters.Length)]);
            }

            var (read, bySylvan) = ReadBoth(text.ToString());
            if (bySylvan) handedOver++;
            else fastRows += read.Count;
        }

        Assert.True(fastRows > 4_000, $"only {fastRows} rows were read by the fast reader");
        Assert.True(handedOver > 400, $"only {handedOver} blocks were handed to Sylvan");
    }
}
