using System.Text;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

/// <summary>Fields written with their comma by one 16-byte copy, and the room a row of them needs.</summary>
public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("eligible", "eligible,")]
    [InlineData("", ",")]
    [InlineData("a,b", "\"a,b\",")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\",")]
    [InlineData("two\nlines", "\"two\nlines\",")]
    [InlineData("Peña", "Peña,")]
    public void A_field_is_its_csv_text_and_a_comma(string value, string expected)
    {
        var field = CsvField.Of(value);
        Assert.Equal(expected, Encoding.UTF8.GetString(field.Bytes));
        Assert.Equal(Encoding.UTF8.GetByteCount(expected), field.Length);
    }

    [Fact]
    public void The_empty_field_is_a_comma() => Assert.Equal(",", Encoding.UTF8.GetString(CsvField.Empty.Bytes));

    [Theory]
    [InlineData("rrc-release")] // short: one 16-byte copy
    [InlineData("fifteen chars!!")] // 16 bytes with the comma: the longest one copy writes
    [InlineData("a district name longer than sixteen bytes")] // long: copied as it is
    public void Fields_follow_one_another_and_the_padding_is_never_kept(string value)
    {
        var buffer = new Utf8RowBuffer();
        var field = CsvField.Of(value);
        var room = buffer.Begin(2 * field.Length + 1 + Utf8Fields.Slack);
        var at = field.WriteTo(room, 0);
        at = field.WriteTo(room, at);
        room[at++] = (byte)'\n';
        buffer.Advance(at);
        Assert.Equal($"{value},{value},\n", Encoding.UTF8.GetString(buffer.Written));
    }

    [Fact]
    public void A_field_at_the_very_end_of_its_room_is_copied_without_the_padding()
    {
        var buffer = new Utf8RowBuffer();
        var field = CsvField.Of("ice-custody");
        var room = buffer.Begin(field.Length); // no slack: the 16-byte copy would not fit
        buffer.Advance(field.WriteTo(room, 0));
        Assert.Equal("ice-custody,", Encoding.UTF8.GetString(buffer.Written));
    }

    [Fact]
    public void A_code_book_names_its_codes_and_refuses_one_it_never_handed_out()
    {
        var book = new CodeBook();
        var code = book.Intern("heroin");
        Assert.Equal("heroin", book.Name(code));
        Assert.Equal(CodeBook.Unknown, book.Name(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => book.Name((ushort)(code + 1)));
    }

    [Fact]
    public void A_code_book_knows_its_longest_field_and_a_row_the_sum_of_them()
    {
        var codes = new BreakdownCodes();
        Assert.Equal(Dimensions.Count * CsvField.Of(CodeBook.Unknown).Length, codes.LongestRowFields);
        var district = codes[Dimension.District];
        district.Intern("TX-S");
        Assert.Equal("unknown,".Length, district.LongestField);
        district.Intern("District of \"Columbia\"");
        Assert.Equal("\"District of \"\"Columbia\"\"\",".Length, district.LongestField);
        Assert.Equal(((Dimensions.Count - 1) * "unknown,".Length) + district.LongestField, codes.LongestRowFields);
    }
}
