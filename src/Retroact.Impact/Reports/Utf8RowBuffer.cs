using System.Buffers.Text;
using System.Text;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Reports;

/// <summary>
/// A growable buffer of UTF-8 CSV text, filled field by field without allocating per field. One buffer per thread:
/// not thread-safe. <see cref="Clear"/> keeps the memory for the next rows.
/// </summary>
public sealed class Utf8RowBuffer
{
    private byte[] _bytes = new byte[1 << 16];

    /// <summary>Bytes written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Forgets the contents, keeping the memory.</summary>
    public void Clear() => Length = 0;

    /// <summary>Appends raw bytes (already UTF-8 and already quoted as needed).</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
    }

    /// <summary>Appends one ASCII character.</summary>
    public void Char(char c)
    {
        Reserve(1)[0] = (byte)c;
        Length++;
    }

    /// <summary>Appends a text field, quoted when it holds a comma, quote or line break (RFC 4180).</summary>
    public void Text(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            Length += Encoding.UTF8.GetBytes(value, Reserve(Encoding.UTF8.GetMaxByteCount(value.Length)));
            return;
        }

        Raw(Quoted(value));
    }

    /// <summary>
    /// Starts a run of fields that together take at most <paramref name="maxBytes"/> bytes, written without a capacity
    /// check per field; <see cref="Utf8Fields.End"/> keeps what was written.
    /// </summary>
    public Utf8Fields Begin(int maxBytes) => new(this, Reserve(maxBytes));

    /// <summary>Keeps <paramref name="count"/> more bytes written directly into the span from <see cref="Begin"/>.</summary>
    internal void Advance(int count) => Length += count;

    /// <summary>The UTF-8 bytes of <paramref name="value"/> as one CSV field, quoted when needed.</summary>
    public static byte[] Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? Encoding.UTF8.GetBytes(value) : Quoted(value);

    internal static byte[] Quoted(string value) => Encoding.UTF8.GetBytes("\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length, count);
    }
}

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
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_room[_at..]);
        _at += bytes.Length;
    }

    /// <summary>Appends one ASCII character.</summary>
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

    /// <summary>Appends a whole number.</summary>
    public void Number(int value)
    {
        Utf8Formatter.TryFormat(value, _room[_at..], out var written);
        _at += written;
    }

    /// <summary>Appends a <see cref="DayNumber"/> as yyyy-MM-dd.</summary>
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
    private static void TwoDigits(Span<byte> target, int value)
    {
        var (tens, ones) = Math.DivRem(value, 10);
        target[0] = (byte)('0' + tens);
        target[1] = (byte)('0' + ones);
    }
}
