using NodaTime;

namespace Retroact.Impact.Outcomes;

/// <summary>
/// Calendar dates as whole day numbers (days since Jan 1 of year 1, the <see cref="DateOnly.DayNumber"/> scale), so
/// outcome rows stay flat and a difference of two dates is a subtraction. <see cref="None"/> marks a missing date.
/// </summary>
public static class DayNumber
{
    /// <summary>The value stored for "no date".</summary>
    public const int None = int.MinValue;

    /// <summary>The day number of <paramref name="date"/> (ISO calendar).</summary>
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>The day number of <paramref name="date"/>, or <see cref="None"/> when it is null.</summary>
    public static int Of(LocalDate? date) => date is { } d ? Of(d) : None;

    /// <summary>The date of a day number; throws <see cref="ArgumentOutOfRangeException"/> for <see cref="None"/>.</summary>
    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
