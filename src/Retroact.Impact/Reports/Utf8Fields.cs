using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using Retroact.Custody.Computation;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Reports;

/// <summary>
/// Fields written straight into room reserved by <see cref="Utf8RowBuffer.Begin"/>: no capacity check per field. Writing
/// past the reserved room throws (span bounds). <see cref="End"/> hands the bytes to the buffer.
/// </summary>
public ref struct Utf8Fields
{
    private readonly Utf8RowBuffer _owner;
    private readonly Span<byte> _room;
    private int _at;

    internal Utf8Fields(Utf8RowBuffer owner, Span<byte> room)
    {
        _owner = owner;
        _room = room;
        _at = 0;
    }

    /// <summary>The most bytes <see cref="Text"/> writes for a string of <paramref name="length"/> characters (every character quoted, 3 bytes each).</summary>
    public static int TextBound(int length) => 6 * length + 2;

    /// <summary>Appends raw bytes (already UTF-8 and already quoted as needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_room[_at..]);
        _at += bytes.Length;
    }

    /// <summary>Appends one ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Char(char c) => _room[_at++] = (byte)c;

    /// <summary>Appends a text field, quoted when it holds a comma, quote or line break (RFC 4180).</summary>
    public void Text(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            _at += Encoding.UTF8.GetBytes(value, _room[_at..]);
            return;
        }

        Raw(Utf8RowBuffer.Quoted(value));
    }

    /// <summary>
    /// Appends a whole number. Numbers from 0 to 999 (months, most day counts) are written digit by digit here, which
    /// costs a fraction of the general formatter's call; others go to <see cref="Utf8Formatter"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(int value)
    {
        if (value is >= 0 and < 10)
        {
            _room[_at++] = (byte)('0' + value);
        }
        else if (value is >= 10 and < 100)
        {
            TwoDigits(_room.Slice(_at, 2), value);
            _at += 2;
        }
        else if (value is >= 100 and < 1000)
        {
            var (hundreds, rest) = Math.DivRem(value, 100);
            var span = _room.Slice(_at, 3);
            span[0] = (byte)('0' + hundreds);
            TwoDigits(span[1..], rest);
            _at += 3;
        }
        else
        {
            Utf8Formatter.TryFormat(value, _room[_at..], out var written);
            _at += written;
        }
    }

    /// <summary>Appends a <see cref="DayNumbers"/> as yyyy-MM-dd.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Date(int dayNumber)
    {
        // One conversion from the day number to year, month and day (the Year, Month and Day properties each convert).
        DateOnly.FromDayNumber(dayNumber).Deconstruct(out var year, out var month, out var day);
        var span = _room.Slice(_at, 10);
        TwoDigits(span, year / 100);
        TwoDigits(span[2..], year % 100);
        span[4] = (byte)'-';
        TwoDigits(span[5..], month);
        span[7] = (byte)'-';
        TwoDigits(span[8..], day);
        _at += 10;
    }

    /// <summary>Hands the bytes written to the buffer; the value must not be used after.</summary>
    public readonly void End() => _owner.Advance(_at);

    /// <summary>Writes 0 ≤ <paramref name="value"/> &lt; 100 as two ASCII digits at the start of <paramref name="target"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TwoDigits(Span<byte> target, int value)
    {
        var (tens, ones) = Math.DivRem(value, 10);
        target[0] = (byte)('0' + tens);
        target[1] = (byte)('0' + ones);
    }
}
