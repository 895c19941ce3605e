using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using Retroact.Custody.Computation;

namespace Retroact.Impact.Reports;

/// <summary>
/// Writers of UTF-8 CSV fields into room reserved by <see cref="Utf8RowBuffer.Begin"/>: no capacity check per field, and
/// writing past the reserved room throws (span bounds). Each takes the room and the position to write at and returns the
/// position after what it wrote, so a row's position stays in a register from field to field instead of in a struct in
/// memory (written for speed: <c>decisions.csv</c> gets some 30 fields a case).
/// </summary>
public static class Utf8Fields
{
    /// <summary>The most bytes <see cref="Text"/> writes for a string of <paramref name="length"/> characters (every character quoted, 3 bytes each).</summary>
    public static int TextBound(int length) => 6 * length + 2;

    /// <summary>Writes raw bytes (already UTF-8 and already quoted as needed) at <paramref name="at"/>; returns the position after them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Raw(Span<byte> room, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(room[at..]);
        return at + bytes.Length;
    }

    /// <summary>Writes a text field, quoted when it holds a comma, quote or line break (RFC 4180); returns the position after it.</summary>
    public static int Text(Span<byte> room, int at, string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0
            ? at + Encoding.UTF8.GetBytes(value, room[at..])
            : Raw(room, at, Utf8RowBuffer.Quoted(value));

    /// <summary>
    /// Writes a whole number; returns the position after it. Numbers from 0 to 999 (months, most day counts) are written digit
    /// by digit here, which costs a fraction of the general formatter's call; others go to <see cref="Utf8Formatter"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Number(Span<byte> room, int at, int value)
    {
        if (value is >= 0 and < 10)
        {
            room[at] = (byte)('0' + value);
            return at + 1;
        }

        if (value is >= 10 and < 100)
        {
            TwoDigits(room.Slice(at, 2), value);
            return at + 2;
        }

        if (value is >= 100 and < 1000)
        {
            var (hundreds, rest) = Math.DivRem(value, 100);
            var span = room.Slice(at, 3);
            span[0] = (byte)('0' + hundreds);
            TwoDigits(span[1..], rest);
            return at + 3;
        }

        Utf8Formatter.TryFormat(value, room[at..], out var written);
        return at + written;
    }

    /// <summary>Writes a <see cref="DayNumbers"/> value as yyyy-MM-dd; returns the position after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Date(Span<byte> room, int at, int dayNumber)
    {
        // One conversion from the day number to year, month and day (the Year, Month and Day properties each convert).
        DateOnly.FromDayNumber(dayNumber).Deconstruct(out var year, out var month, out var day);
        var span = room.Slice(at, 10);
        TwoDigits(span, year / 100);
        TwoDigits(span[2..], year % 100);
        span[4] = (byte)'-';
        TwoDigits(span[5..], month);
        span[7] = (byte)'-';
        TwoDigits(span[8..], day);
        return at + 10;
    }

    /// <summary>Writes 0 ≤ <paramref name="value"/> &lt; 100 as two ASCII digits at the start of <paramref name="target"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TwoDigits(Span<byte> target, int value)
    {
        var (tens, ones) = Math.DivRem(value, 10);
        target[0] = (byte)('0' + tens);
        target[1] = (byte)('0' + ones);
    }
}
