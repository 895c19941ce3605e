using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Retroact.Population.Reading;

/// <summary>
/// The rows of a <see cref="CsvBlock"/>, split by hand: each row's field boundaries are found 32 bytes at a time (commas,
/// line ends, quotes, carriage returns and NUL as a bit mask) into a reusable offsets array, and the row, if it is plain
/// ASCII, is widened to UTF-16 while it is still in the cache, so <see cref="Field"/> is an O(1) slice. Written by hand
/// for speed: Sylvan.Data.Csv's per-field access was a quarter of the reading CPU. Sylvan stays the reference: this
/// reader only handles rows it reads exactly as Sylvan does (ASCII without NUL; unquoted fields and RFC 4180 quoted
/// fields at a field's start, with doubled quotes; CRLF or LF line ends; a blank line as one empty field; a last row
/// without a line end). From the first row that is anything else (a quote inside a field, a bad closing quote, a lone
/// carriage return, a byte that is not ASCII or is NUL, a row longer than
/// <see cref="MaxRowChars"/>), the rest of the block is read by Sylvan, which reaches that row after the same rows and
/// reads it as it always has.
/// </summary>
internal sealed class AsciiBlockRowSource : IRowSource
{
    /// <summary>Rows longer than this (in bytes, so in characters) go to Sylvan: this reader's offsets and text arrays are sized for it.</summary>
    internal const int MaxRowChars = 4_096;

    /// <summary>Bytes searched at a time: one 256-bit vector, or two 128-bit ones.</summary>
    private const int ChunkBytes = 32;

    private const byte Comma = (byte)',', Newline = (byte)'\n', Return = (byte)'\r', Quote = (byte)'"', Nul = 0;
    private readonly string _path;
    private readonly string[] _columns;
    private readonly CsvBlock _block;
    private readonly byte[] _bytes;
    private readonly int _end;
    private (int Start, int Length)[] _fields = new (int, int)[MaxRowChars + 2 * ChunkBytes];
    private readonly int[] _escaped = new int[MaxRowChars];
    private char[] _text = new char[MaxRowChars];
    private int _count;
    private int _escapedCount;
    private long _row;
    private int _position;
    private CsvRowSource? _sylvan;

    private AsciiBlockRowSource(string path, string[] columns, CsvBlock block)
    {
        _path = path;
        _columns = columns;
        _block = block;
        _bytes = block.Bytes;
        _position = block.HeaderLength;
        _end = block.Length;
        _row = block.RowsBefore;
    }

    public IReadOnlyList<string> Columns => _columns;

    /// <summary>True once the rest of the block has been handed to Sylvan.</summary>
    internal bool ReadBySylvan => _sylvan is not null;

    public long Row => _row;

    public int FieldCount => _count;

    /// <summary>The rows of <paramref name="block"/> (<paramref name="columns"/> is the file's header). Disposing returns the block's bytes to their pool.</summary>
    public static AsciiBlockRowSource Over(string path, string[] columns, CsvBlock block) => new(path, columns, block);

    public bool MoveNext()
    {
        if (_sylvan is not null)
        {
            return NextBySylvan();
        }

        if (_position >= _end)
        {
            return false;
        }

        if (!TrySplitRow())
        {
            // Sylvan reads the block again, skips the rows already read and takes over from this one.
            _sylvan = CsvRowSource.OverBlock(_path, _columns, _block);
            for (var skip = _row - _block.RowsBefore; skip > 0; skip--)
            {
                _sylvan.MoveNext();
            }

            return NextBySylvan();
        }

        _row++;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Field(int ordinal)
    {
        if (ordinal >= _count)
        {
            return [];
        }

        var (start, length) = _fields[ordinal];
        return new ReadOnlySpan<char>(_text, start, length);
    }

    public ImmutableArray<string> Snapshot()
    {
        if (_sylvan is not null)
        {
            return _sylvan.Snapshot();
        }

        var values = new string[_count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Field(i).ToString();
        }

        return ImmutableArray.Create(values);
    }

    public void Dispose()
    {
        if (_sylvan is not null)
        {
            _sylvan.Dispose();
        }
        else
        {
            _block.Return();
        }
    }

    /// <summary>Sylvan's next row, its fields copied so that <see cref="Field"/> reads them as it reads this reader's own.</summary>
    private bool NextBySylvan()
    {
        var sylvan = _sylvan!;
        if (!sylvan.MoveNext())
        {
            return false;
        }

        _row = sylvan.Row;
        _count = sylvan.FieldCount;
        var length = 0;
        for (var i = 0; i < _count; i++)
        {
            length += sylvan.Field(i).Length;
        }

        if (_text.Length < length) _text = new char[length];
        if (_fields.Length < _count) _fields = new (int, int)[_count];
        var at = 0;
        for (var i = 0; i < _count; i++)
        {
            var field = sylvan.Field(i);
            field.CopyTo(_text.AsSpan(at));
            _fields[i] = (at, field.Length);
            at += field.Length;
        }

        return true;
    }

    /// <summary>
    /// Splits the row at <see cref="_position"/> into <see cref="_fields"/> (offsets from the row's start) and moves
    /// past it; false when the row is not one this reader reads exactly as Sylvan does. A row is scanned at most
    /// <see cref="MaxRowChars"/> bytes (and one vector) far, so its fields fit in <see cref="_fields"/>.
    /// </summary>
    private bool TrySplitRow()
    {
        var rowStart = _position;
        var fieldStart = rowStart;
        var count = 0;
        var fields = _fields;
        var chunk = rowStart;
        var mask = Specials(chunk);
        _escapedCount = 0;
        while (true)
        {
            while (mask == 0)
            {
                chunk += ChunkBytes;
                if (chunk >= _end)
                {
                    fields[count] = (fieldStart - rowStart, _end - fieldStart);
                    return EndRow(rowStart, count, _end);
                }

                if (chunk - rowStart > MaxRowChars) return false;
                mask = Specials(chunk);
            }

            // The hot loop, unchecked: positions and counts stay below the block's length (an array length), so they
            // cannot overflow, and the mask is not zero here, so taking one from it cannot wrap.
            int at;
            unchecked
            {
                at = chunk + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (_bytes[at] == Comma)
                {
                    fields[count++] = (fieldStart - rowStart, at - fieldStart);
                    fieldStart = at + 1;
                    continue;
                }
            }

            switch (_bytes[at])
            {
                case Newline:
                    var fieldEnd = at > fieldStart && _bytes[at - 1] == Return ? at - 1 : at;
                    fields[count] = (fieldStart - rowStart, fieldEnd - fieldStart);
                    return EndRow(rowStart, count, at + 1);
                case Return:
                    if (at + 1 >= _end || _bytes[at + 1] != Newline) return false;
                    break;
                case Quote:
                    if (at != fieldStart || !TryQuoted(at, out var close, out var escaped)) return false;
                    fields[count] = (at + 1 - rowStart, close - at - 1);
                    if (escaped) _escaped[_escapedCount++] = count;
                    var after = close + 1;
                    if (after >= _end) return EndRow(rowStart, count, _end);
                    var next = _bytes[after];
                    if (next == Newline) return EndRow(rowStart, count, after + 1);
                    if (next == Return && after + 1 < _end && _bytes[after + 1] == Newline) return EndRow(rowStart, count, after + 2);
                    if (next != Comma || after - rowStart > MaxRowChars) return false;
                    count++;
                    fieldStart = chunk = after + 1;
                    mask = Specials(chunk);
                    break;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// Finds the closing quote of the quoted field opening at <paramref name="open"/>; <paramref name="escaped"/> when
    /// the text holds doubled quotes. False when it never closes or holds a NUL (which the search for specials skipped).
    /// </summary>
    private bool TryQuoted(int open, out int close, out bool escaped)
    {
        escaped = false;
        close = open;
        while (true)
        {
            var found = _bytes.AsSpan(close + 1, _end - close - 1).IndexOf(Quote);
            if (found < 0) return false;
            close += found + 1;
            if (close + 1 == _end || _bytes[close + 1] != Quote) return !_bytes.AsSpan(open, close - open).Contains(Nul);
            escaped = true;
            close++;
        }
    }

    /// <summary>
    /// Ends the row, whose last field is number <paramref name="last"/>, and moves to <paramref name="next"/>: widens the
    /// row to <see cref="_text"/> and makes each doubled quote of its quoted fields one. False when the row is longer than
    /// <see cref="MaxRowChars"/> or not ASCII.
    /// </summary>
    private bool EndRow(int rowStart, int last, int next)
    {
        if (next - rowStart > MaxRowChars || Ascii.ToUtf16(_bytes.AsSpan(rowStart, next - rowStart), _text, out _) != OperationStatus.Done)
        {
            return false;
        }

        for (var i = 0; i < _escapedCount; i++)
        {
            ref var field = ref _fields[_escaped[i]];
            var text = _text.AsSpan(field.Start, field.Length);
            var write = 0;
            for (var read = 0; read < text.Length; read++, write++)
            {
                text[write] = text[read];
                if (text[read] == '"') read++;
            }

            field.Length = write;
        }

        _count = last + 1;
        _position = next;
        return true;
    }

    /// <summary>The bits of the <see cref="ChunkBytes"/> bytes from <paramref name="at"/> (fewer at the block's end) that are a comma, line feed, carriage return, quote or NUL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Specials(int at)
    {
        if (at + ChunkBytes <= _end)
        {
            if (Vector256.IsHardwareAccelerated)
            {
                var v = Vector256.Create(_bytes, at);
                return (Vector256.Equals(v, Vector256.Create(Comma)) | Vector256.Equals(v, Vector256.Create(Newline))
                    | Vector256.Equals(v, Vector256.Create(Return)) | Vector256.Equals(v, Vector256.Create(Quote))
                    | Vector256.Equals(v, Vector256<byte>.Zero)).ExtractMostSignificantBits();
            }

            return Specials128(at) | Specials128(at + Vector128<byte>.Count) << Vector128<byte>.Count;
        }

        var mask = 0u;
        for (var i = at; i < _end; i++)
        {
            if (_bytes[i] is Comma or Newline or Return or Quote or Nul) mask |= 1u << (i - at);
        }

        return mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Specials128(int at)
    {
        var v = Vector128.Create(_bytes, at);
        return (Vector128.Equals(v, Vector128.Create(Comma)) | Vector128.Equals(v, Vector128.Create(Newline))
            | Vector128.Equals(v, Vector128.Create(Return)) | Vector128.Equals(v, Vector128.Create(Quote))
            | Vector128.Equals(v, Vector128<byte>.Zero)).ExtractMostSignificantBits();
    }
}
