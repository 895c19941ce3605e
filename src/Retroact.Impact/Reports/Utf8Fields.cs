using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// <summary>
    /// Bytes of room a row reserves past its last field: a <see cref="CsvField"/> of up to this many bytes is written with one
    /// copy of this many.
    /// </summary>
    public const int Slack = 16;

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

    /// <summary>
    /// Writes a <see cref="DayNumbers"/> value as yyyy-MM-dd; returns the position after it. Days from
    /// <see cref="IsoDays.FirstYear"/> through <see cref="IsoDays.LastYear"/> are copied from <see cref="IsoDays"/> (two
    /// stores), others are worked out.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Date(Span<byte> room, int at, int dayNumber)
    {
        var (first, heads, tails) = IsoDays.Table;
        var index = unchecked((uint)(dayNumber - first)); // a day before the table wraps to past its end
        if (index < (uint)heads.Length)
        {
            MemoryMarshal.Write(room.Slice(at, sizeof(ulong)), in heads[index]);
            MemoryMarshal.Write(room.Slice(at + sizeof(ulong), sizeof(ushort)), in tails[index]);
            return at + 10;
        }

        return WorkedOutDate(room, at, dayNumber);
    }

    /// <summary><see cref="Date"/> worked out from the day number: one conversion to year, month and day, then the digits.</summary>
    private static int WorkedOutDate(Span<byte> room, int at, int dayNumber)
    {
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

    /// <summary>
    /// The text of every day of the years <see cref="FirstYear"/> to <see cref="LastYear"/> (73,049 days, 730 KB), made on
    /// first use (about a millisecond) by <see cref="WorkedOutDate"/>: for each day, "yyyy-MM-" as the eight bytes of a
    /// <c>Heads</c> entry and "dd" as the two of a <c>Tails</c> entry, as they lie in memory.
    /// </summary>
    private static class IsoDays
    {
        public const int FirstYear = 1950, LastYear = 2149;

        /// <summary>The day number of the table's first day, and the table.</summary>
        public static readonly (int First, ulong[] Heads, ushort[] Tails) Table = Build();

        private static (int First, ulong[] Heads, ushort[] Tails) Build()
        {
            var first = DayNumbers.Of(FirstYear, 1, 1);
            var count = DayNumbers.Of(LastYear + 1, 1, 1) - first;
            var heads = new ulong[count];
            var tails = new ushort[count];
            Span<byte> text = stackalloc byte[10];
            for (var i = 0; i < count; i++)
            {
                WorkedOutDate(text, 0, first + i);
                heads[i] = MemoryMarshal.Read<ulong>(text);
                tails[i] = MemoryMarshal.Read<ushort>(text[sizeof(ulong)..]);
            }

            return (first, heads, tails);
        }
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
