using NodaTime;

namespace Retroact.Custody.Computation;

/// <summary>
/// A day held both as its day number (<see cref="DayNumbers"/>) and as year, month and day, so that calendar months can be
/// counted from it (<see cref="CalendarTerm"/>) without converting it again.
/// </summary>
/// <param name="Number">The day number.</param>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month.</param>
internal readonly record struct CalendarDay(int Number, int Year, int Month, int Day)
{
    /// <summary>The day <paramref name="date"/>.</summary>
    public static CalendarDay Of(LocalDate date) => new(DayNumbers.Of(date), date.Year, date.Month, date.Day);

    /// <summary>The day with day number <paramref name="number"/>.</summary>
    public static CalendarDay FromNumber(int number)
    {
        DateOnly.FromDayNumber(number).Deconstruct(out var year, out var month, out var day);
        return new CalendarDay(number, year, month, day);
    }

    /// <summary>The day as a NodaTime date.</summary>
    public LocalDate ToDate() => new(Year, Month, Day);
}
