using System.Text;
using Retroact.Custody.Computation;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

/// <summary>The fields <c>decisions.csv</c> is written with: numbers on each side of every digit-count boundary, and dates.</summary>
public sealed class Utf8FieldsTests
{
    private static string Written(Action<Utf8RowBufferWriter> write)
    {
        var buffer = new Utf8RowBuffer();
        write(new Utf8RowBufferWriter(buffer));
        return Encoding.UTF8.GetString(buffer.Written);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(9, "9")]
    [InlineData(10, "10")]
    [InlineData(99, "99")]
    [InlineData(100, "100")]
    [InlineData(470, "470")]
    [InlineData(999, "999")]
    [InlineData(1000, "1000")]
    [InlineData(12345, "12345")]
    [InlineData(int.MaxValue, "2147483647")]
    [InlineData(-1, "-1")]
    [InlineData(-470, "-470")]
    [InlineData(int.MinValue, "-2147483648")]
    public void Numbers_are_written_in_decimal(int value, string expected) => Assert.Equal(expected, Written(w => w.Number(value)));

    [Fact]
    public void Numbers_follow_one_another_in_one_row() =>
        Assert.Equal("7,42,470,1600,", Written(w =>
        {
            foreach (var n in new[] { 7, 42, 470, 1600 })
            {
                w.Number(n);
                w.Char(',');
            }
        }));

    [Theory]
    [InlineData(2015, 10, 30, "2015-10-30")]
    [InlineData(1999, 1, 1, "1999-01-01")]
    [InlineData(2024, 2, 29, "2024-02-29")]
    public void Dates_are_written_as_iso_days(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Written(w => w.Date(DayNumbers.Of(year, month, day))));

    /// <summary>Holds a buffer and writes each call into a fresh reservation (a ref struct cannot be captured by a lambda).</summary>
    private sealed class Utf8RowBufferWriter(Utf8RowBuffer buffer)
    {
        public void Number(int value)
        {
            var row = buffer.Begin(16);
            row.Number(value);
            row.End();
        }

        public void Char(char c)
        {
            var row = buffer.Begin(1);
            row.Char(c);
            row.End();
        }

        public void Date(int dayNumber)
        {
            var row = buffer.Begin(10);
            row.Date(dayNumber);
            row.End();
        }
    }
}
