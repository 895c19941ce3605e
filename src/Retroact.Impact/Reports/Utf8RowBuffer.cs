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

    /// <summary>Appends a whole number.</summary>
    public void Number(int value)
    {
        Utf8Formatter.TryFormat(value, Reserve(11), out var written);
        Length += written;
    }

    /// <summary>Appends a <see cref="DayNumber"/> as yyyy-MM-dd.</summary>
    public void Date(int dayNumber)
    {
        // One conversion from the day number to year, month and day (the Year, Month and Day properties each convert).
        DateOnly.FromDayNumber(dayNumber).Deconstruct(out var year, out var month, out var day);
        var span = Reserve(10);
        TwoDigits(span, year / 100);
        TwoDigits(span[2..], year % 100);
        span[4] = (byte)'-';
        TwoDigits(span[5..], month);
        span[7] = (byte)'-';
        TwoDigits(span[8..], day);
        Length += 10;
    }

    /// <summary>The UTF-8 bytes of <paramref name="value"/> as one CSV field, quoted when needed.</summary>
    public static byte[] Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? Encoding.UTF8.GetBytes(value) : Quoted(value);

    private static byte[] Quoted(string value) => Encoding.UTF8.GetBytes("\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    /// <summary>Writes 0 ≤ <paramref name="value"/> &lt; 100 as two ASCII digits at the start of <paramref name="target"/>.</summary>
    private static void TwoDigits(Span<byte> target, int value)
    {
        var (tens, ones) = Math.DivRem(value, 10);
        target[0] = (byte)('0' + tens);
        target[1] = (byte)('0' + ones);
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length, count);
    }
}
