using System.Globalization;
using System.Text;
using Retroact.Custody.Computation;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

/// <summary>The fields <c>decisions.csv</c> is written with: numbers on each side of every digit-count boundary, and dates.</summary>
public sealed class Utf8FieldsTests
{
    /// <summary>Writes with <paramref name="write"/> into room for 64 bytes and returns the text kept.</summary>
    private static string Written(Func<Span<byte>, int> write)
    {
        var buffer = new Utf8RowBuffer();
        buffer.Advance(write(buffer.Begin(64)));
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
    public void Numbers_are_written_in_decimal(int value, string expected) => Assert.Equal(expected, Written(room => Utf8Fields.Number(room, 0, value)));

    [Fact]
    public void Numbers_follow_one_another_in_one_row() =>
        Assert.Equal("7,42,470,1600,", Written(room =>
        {
            var at = 0;
            foreach (var n in new[] { 7, 42, 470, 1600 })
            {
                at = Utf8Fields.Number(room, at, n);
                room[at++] = (byte)',';
            }

            return at;
        }));

    [Theory]
    [InlineData(2015, 10, 30, "2015-10-30")]
    [InlineData(1999, 1, 1, "1999-01-01")]
    [InlineData(2024, 2, 29, "2024-02-29")]
    [InlineData(1949, 12, 31, "1949-12-31")] // the day before the table: worked out
    [InlineData(1950, 1, 1, "1950-01-01")] // the table's first day
    [InlineData(2149, 12, 31, "2149-12-31")] // its last
    [InlineData(2150, 1, 1, "2150-01-01")] // the day after: worked out
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void Dates_are_written_as_iso_days(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Written(room => Utf8Fields.Date(room, 0, DayNumbers.Of(year, month, day))));

    [Fact]
    public void Every_day_of_the_table_is_written_as_the_calendar_spells_it()
    {
        var buffer = new Utf8RowBuffer();
        for (var day = new DateOnly(1949, 12, 1); day <= new DateOnly(2150, 1, 31); day = day.AddDays(1))
        {
            buffer.Clear();
            buffer.Advance(Utf8Fields.Date(buffer.Begin(16), 0, day.DayNumber));
            var written = Encoding.ASCII.GetString(buffer.Written);
            if (written != day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                Assert.Fail($"{day:yyyy-MM-dd} was written as {written}");
            }
        }
    }

    [Theory]
    [InlineData(DayNumbers.None)]
    [InlineData(-1)]
    [InlineData(3_652_059)] // the day after 9999-12-31
    [InlineData(int.MaxValue)]
    public void A_day_number_outside_the_calendar_is_refused(int dayNumber) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Written(room => Utf8Fields.Date(room, 0, dayNumber)));
}
