using NodaTime;

namespace Retroact.Law.Model;

/// <summary>
/// Which of a list of editions is in force on a day: the last one that started on or before it. A table by month holds,
/// for each month from the first start to the last, the edition in force on its first day and the day on which the next
/// one starts, so the answer is one read of a few hundred two-byte entries (they stay in cache) and a comparison of the
/// day; a month in which two editions start is answered by a search of the starts.
/// </summary>
internal sealed class EditionCalendar
{
    /// <summary>The <c>NextStartsOn</c> of a month in which no edition starts after its first day: past every day.</summary>
    private const byte NoStart = 32;

    /// <summary>The <c>NextStartsOn</c> of a month in which two or more editions start: search <see cref="_starts"/>.</summary>
    private const byte Search = 0;

    private readonly LocalDate[] _starts;
    private readonly int _firstMonth;

    /// <summary>For each month: one more than the position in force on its first day (0: none yet), and the next start's day.</summary>
    private readonly (byte PositionAfter, byte NextStartsOn)[] _byMonth;

    /// <summary>A calendar of editions starting on <paramref name="starts"/> (ISO dates, strictly ascending, at most 254).</summary>
    public EditionCalendar(IReadOnlyList<LocalDate> starts)
    {
        ArgumentNullException.ThrowIfNull(starts);
        if (starts.Count is 0 or >= byte.MaxValue)
        {
            throw new ArgumentException($"{starts.Count} editions: 1 to {byte.MaxValue - 1} can be indexed", nameof(starts));
        }

        _starts = [.. starts];
        for (var i = 1; i < _starts.Length; i++)
        {
            if (_starts[i] <= _starts[i - 1])
            {
                throw new ArgumentException($"edition starts not ascending: {_starts[i - 1]:yyyy-MM-dd} then {_starts[i]:yyyy-MM-dd}", nameof(starts));
            }
        }

        _firstMonth = MonthKey(_starts[0]);
        _byMonth = new (byte, byte)[MonthKey(_starts[^1]) - _firstMonth + 1];
        for (var i = 0; i < _starts.Length; i++)
        {
            var start = _starts[i];
            var month = MonthKey(start) - _firstMonth;
            var until = i + 1 < _starts.Length ? MonthKey(_starts[i + 1]) - _firstMonth : _byMonth.Length;
            if (until > month + 1)
            {
                _byMonth.AsSpan(month + 1, until - month - 1).Fill(((byte)(i + 1), NoStart));
            }

            _byMonth[month] = i > 0 && MonthKey(_starts[i - 1]) - _firstMonth == month ? (_byMonth[month].PositionAfter, Search)
                : start.Day == 1 ? ((byte)(i + 1), NoStart)
                : ((byte)i, (byte)start.Day);
        }
    }

    /// <summary>The position of the edition in force on <paramref name="date"/> (an ISO date), or -1 before the first.</summary>
    public int PositionOn(LocalDate date)
    {
        var month = MonthKey(date) - _firstMonth;
        if (month < 0)
        {
            return -1;
        }

        if (month >= _byMonth.Length)
        {
            return _starts.Length - 1;
        }

        var (after, nextStartsOn) = _byMonth[month];
        return nextStartsOn == Search ? Searched(date)
            : date.Day >= nextStartsOn ? after
            : after - 1;
    }

    private int Searched(LocalDate date)
    {
        var found = Array.BinarySearch(_starts, date);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>An ISO date's month as one number in date order (months since January of year 0).</summary>
    private static int MonthKey(LocalDate date) => (date.Year * 12) + date.Month - 1;
}
