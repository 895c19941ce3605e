using System.Text;
using Retroact.Population.Reading;
using Sylvan.Data.Csv;

namespace Retroact.Population.Tests;

/// <summary>
/// The splitter's row count: the rows Sylvan.Data.Csv reads from a text whose quoting is strict RFC 4180 and whose
/// carriage returns all end lines; any other text is refused, so its block goes to the sequential reader.
/// </summary>
public class CsvBlockSplitterTests
{
    private static int? Count(string text) => CsvBlockSplitter.TryCountRows(Encoding.UTF8.GetBytes(text), out var rows) ? rows : null;

    [Theory]
    [InlineData("a,b\nc,d\n", 2)]
    [InlineData("a,b\r\nc,d", 2)]
    [InlineData("\n\n", 2)]
    [InlineData("\"a,\nb\",\"c\"\"\r\nd\"\ne\n", 2)]
    [InlineData("\"\",\"\"\"\"\r\n", 1)]
    [InlineData("\"a\"", 1)]
    [InlineData("", 0)]
    public void Strict_text_is_counted_as_sylvan_counts_its_rows(string text, int rows) => Assert.Equal(rows, Count(text));

    [Theory]
    [InlineData("a\"b,c\n")] // a quote inside a field
    [InlineData("\"a\"b,c\n")] // text after a closing quote
    [InlineData("\"a,b\n")] // a quote never closed
    [InlineData("a\rb\n")] // a lone carriage return
    [InlineData("a,b\r")] // a carriage return at the end
    public void Text_that_is_not_strict_is_refused(string text) => Assert.Null(Count(text));

    [Fact]
    public void Random_strict_texts_have_as_many_rows_as_sylvan_reads()
    {
        const string characters = "ab ,,\"\"\"\n\n\r";
        var random = new Random(7);
        var counted = 0;
        for (var n = 0; n < 5_000; n++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(1, 40); i > 0; i--)
            {
                text.Append(characters[random.Next(characters.Length)]);
            }

            if (Count(text.ToString()) is not { } rows) continue;
            using var reader = CsvDataReader.Create(new StringReader("h\n" + text), new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
            var read = 0;
            while (reader.Read()) read++;
            Assert.Equal(read, rows);
            counted++;
        }

        Assert.True(counted > 500, $"only {counted} random texts were strict");
    }
}
