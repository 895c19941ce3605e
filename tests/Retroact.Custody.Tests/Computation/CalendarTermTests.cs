using NodaTime;
using Retroact.Custody.Computation;

namespace Retroact.Custody.Tests.Computation;

public class CalendarTermTests
{
    [Theory]
    [InlineData("2014-01-01", 12, "2014-12-31")] // the example: a 12-month term from Jan 1 ends Dec 31
    [InlineData("2015-01-31", 1, "2015-02-28")] // no Feb 31: the month ends on its last day (PlusMonths alone gives Feb 27)
    [InlineData("2016-01-31", 1, "2016-02-29")] // leap year: Feb 29
    [InlineData("2016-01-30", 1, "2016-02-29")] // Feb 30 does not exist either
    [InlineData("2016-01-29", 1, "2016-02-28")] // Feb 29, 2016 exists: the day before it
    [InlineData("2015-01-29", 1, "2015-02-28")] // Feb 29, 2015 does not: Feb 28
    [InlineData("2015-01-28", 1, "2015-02-27")] // Feb 28 exists: the day before it
    [InlineData("2012-02-29", 12, "2013-02-28")] // leap day start, no Feb 29 in 2013: Feb 28
    [InlineData("2012-02-29", 48, "2016-02-28")] // Feb 29, 2016 exists: the day before it
    [InlineData("2015-03-31", 1, "2015-04-30")] // no Apr 31
    [InlineData("2015-05-31", 1, "2015-06-30")]
    [InlineData("2015-03-15", 1, "2015-04-14")]
    [InlineData("2010-01-01", 120, "2019-12-31")]
    public void Last_day_of_a_term_in_months(string start, int months, string expected) =>
        Assert.Equal(Date(expected), CalendarTerm.LastDay(Date(start), SentenceTerm.Of(months)));

    [Fact]
    public void Extra_days_count_after_the_months() =>
        Assert.Equal(new LocalDate(2015, 1, 1), CalendarTerm.LastDay(new LocalDate(2014, 1, 1), SentenceTerm.Of(12, 1)));

    [Fact]
    public void Month_without_the_start_day_rolls_the_next_period_to_the_first() =>
        Assert.Equal(new LocalDate(2015, 3, 1), CalendarTerm.MonthsLater(new LocalDate(2015, 1, 31), 1));

    [Fact]
    public void Life_has_no_last_day() =>
        Assert.Throws<ArgumentException>(() => CalendarTerm.LastDay(new LocalDate(2015, 1, 1), SentenceTerm.Life));

    internal static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
