using Retroact.Custody.Release;
using static Retroact.Custody.Tests.Computation.CalendarTermTests;

namespace Retroact.Custody.Tests.Release;

public class FederalHolidaysTests
{
    private static readonly FederalHolidays Holidays = FederalHolidays.Instance;

    [Theory]
    [InlineData("2015-11-01", "2015-10-30")] // Sunday → Friday: the first wave of Amendment 782
    [InlineData("2015-10-31", "2015-10-30")] // Saturday → Friday
    [InlineData("2015-10-30", "2015-10-30")] // a plain Friday stays
    [InlineData("2015-09-07", "2015-09-04")] // Labor Day, a Monday holiday → the Friday before
    [InlineData("2015-07-04", "2015-07-02")] // Saturday Independence Day, observed Friday Jul 3 → Thursday
    [InlineData("2015-07-03", "2015-07-02")] // the observed Friday itself is a holiday
    [InlineData("2012-01-02", "2011-12-30")] // Sunday New Year's Day observed Monday Jan 2 → Friday Dec 30
    [InlineData("2015-12-27", "2015-12-24")] // Sunday, and Friday Dec 25 is Christmas → Thursday
    [InlineData("2011-01-01", "2010-12-30")] // Saturday New Year's Day observed Friday Dec 31, 2010 → Thursday
    [InlineData("2014-11-27", "2014-11-26")] // Thanksgiving (a Thursday) → Wednesday
    [InlineData("2021-06-19", "2021-06-17")] // Juneteenth's first year: Saturday, observed Friday Jun 18 → Thursday
    public void Release_moves_to_the_last_preceding_workday(string date, string expected) =>
        Assert.Equal(Date(expected), Holidays.LastWorkdayOnOrBefore(Date(date)));

    [Theory]
    [InlineData("2015-07-03", true)]
    [InlineData("2015-07-04", false)] // the Saturday itself: offices are closed anyway, the holiday is observed Friday
    [InlineData("2012-01-02", true)]
    [InlineData("2010-12-31", true)]
    [InlineData("2020-06-19", false)] // Juneteenth became a federal holiday in 2021
    [InlineData("2015-11-11", true)]
    public void Observed_holidays(string date, bool holiday) => Assert.Equal(holiday, Holidays.IsHoliday(Date(date)));

    [Fact]
    public void Years_outside_the_cache_still_answer() =>
        Assert.Equal(Date("2400-12-22"), Holidays.LastWorkdayOnOrBefore(Date("2400-12-25")));
}
