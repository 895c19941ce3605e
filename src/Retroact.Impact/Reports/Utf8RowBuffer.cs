using System.Text;

namespace Retroact.Impact.Reports;

/// <summary>
/// A growable buffer of UTF-8 CSV text, filled a row at a time through <see cref="Utf8Fields"/> without allocating per field. One buffer per thread:
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

    /// <summary>
    /// Reserves room for fields that together take at most <paramref name="maxBytes"/> bytes, written with
    /// <see cref="Utf8Fields"/> without a capacity check per field; <see cref="Advance"/> keeps what was written.
    /// </summary>
    public Span<byte> Begin(int maxBytes) => Reserve(maxBytes);

    /// <summary>Keeps <paramref name="count"/> more bytes written at the start of the room from <see cref="Begin"/>.</summary>
    public void Advance(int count) => Length += count;

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
