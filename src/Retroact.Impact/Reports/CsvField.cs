using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Retroact.Impact.Reports;

/// <summary>
/// A CSV field known before the rows are written (a code, a breakdown value, <c>true</c> or <c>false</c>): its UTF-8
/// bytes, quoted when needed, and the comma that ends it, kept in an array padded to at least <see cref="Utf8Fields.Slack"/>
/// bytes. A field that short is written with one 16-byte copy into room with that much to spare (written for speed:
/// <c>decisions.csv</c> gets some twenty such fields a row, and a call to copy a few bytes cost more than the copy).
/// Immutable.
/// </summary>
public sealed class CsvField
{
    private readonly byte[] _padded;

    private CsvField(ReadOnlySpan<byte> text)
    {
        Length = text.Length + 1;
        _padded = new byte[Math.Max(Length, Utf8Fields.Slack)];
        text.CopyTo(_padded);
        _padded[text.Length] = (byte)',';
    }

    /// <summary>The empty field: its comma alone.</summary>
    public static CsvField Empty { get; } = new([]);

    /// <summary>Bytes the field and its comma take.</summary>
    public int Length { get; }

    /// <summary>The field's bytes and its comma.</summary>
    public ReadOnlySpan<byte> Bytes => _padded.AsSpan(0, Length);

    /// <summary>The field holding <paramref name="value"/>, quoted when it has a comma, a quote or a line break (RFC 4180).</summary>
    public static CsvField Of(string value) => new(Utf8RowBuffer.Field(value));

    /// <summary>
    /// Writes the field and its comma at <paramref name="at"/> and returns the position after them. When the field is at
    /// most <see cref="Utf8Fields.Slack"/> bytes and the room has that many from <paramref name="at"/>, all of them are
    /// written: the bytes past the field are the padding, which the next field writes over or which is never kept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WriteTo(Span<byte> room, int at)
    {
        if (Length <= Utf8Fields.Slack && room.Length - at >= Utf8Fields.Slack)
        {
            Vector128.Create(_padded).CopyTo(room[at..]);
        }
        else
        {
            Bytes.CopyTo(room[at..]);
        }

        return at + Length;
    }
}
