using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;

namespace Retroact.Population.Reading;

/// <summary>
/// The rows of a <see cref="CsvBlock"/> whose data is plain ASCII (no NUL), split by hand: the block is widened to
/// UTF-16 once, and each row's field boundaries are found 16 bytes at a time (commas, line ends, quotes and carriage
/// returns as a bit mask) into reusable offset arrays, so <see cref="Field"/> is an O(1) slice. Written by hand for
/// speed: Sylvan.Data.Csv's per-field access was a quarter of the reading CPU. Sylvan stays the reference: this reader
/// only handles what it reads exactly as Sylvan does (unquoted fields, RFC 4180 quoted fields at a field's start with
/// doubled quotes, CRLF or LF line ends, blank lines as one empty field, a last row without a line end). From the first
/// row that is anything else (a quote inside a field, a bad closing quote, a lone carriage return, a '#' comment line
/// that Sylvan skips, a row longer than <see cref="MaxRowChars"/>), the rest of the block is read by Sylvan, which
/// reaches that row after the same rows and reads it as it always has.
/// </summary>
internal sealed class AsciiBlockRowSource : IRowSource
{
    /// <summary>Rows longer than this go to Sylvan, whose buffer bounds a record's length.</summary>
    internal const int MaxRowChars = 4_096;

    private const byte Comma = (byte)',', Newline = (byte)'\n', Return = (byte)'\r', Quote = (byte)'"', Comment = (byte)'#';
    private readonly string _path;
    private readonly string[] _columns;
    private readonly CsvBlock _block;
    private readonly byte[] _bytes;
    private readonly char[] _chars;
    private readonly int _offset;
    private readonly int _end;
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private int _fields;
    private int _position;
    private long _rowsRead;
    private CsvRowSource? _sylvan;

    private AsciiBlockRowSource(string path, string[] columns, CsvBlock block, char[] chars)
    {
        _path = path;
        _columns = columns;
        _block = block;
        _bytes = block.Bytes;
        _chars = chars;
        _offset = block.HeaderLength;
        _position = block.HeaderLength;
        _end = block.Length;
    }

    public IReadOnlyList<string> Columns => _columns;

    /// <summary>True once the rest of the block has been handed to Sylvan.</summary>
    internal bool ReadBySylvan => _sylvan is not null;

    public long Row => _sylvan?.Row ?? _block.RowsBefore + _rowsRead;

    public int FieldCount => _sylvan?.FieldCount ?? _fields;

    /// <summary>
    /// The rows of <paramref name="block"/>: by this reader when its data is ASCII without NUL characters, otherwise by
    /// Sylvan (<see cref="CsvRowSource.OverBlock"/>). Disposing returns the block's bytes to their pool.
    /// </summary>
    public static IRowSource Over(string path, string[] columns, CsvBlock block)
    {
        var data = block.Bytes.AsSpan(block.HeaderLength, block.Length - block.HeaderLength);
        if (!data.Contains((byte)0))
        {
            var chars = ArrayPool<char>.Shared.Rent(data.Length);
            if (Ascii.ToUtf16(data, chars, out _) == OperationStatus.Done)
            {
                return new AsciiBlockRowSource(path, columns, block, chars);
            }

            ArrayPool<char>.Shared.Return(chars);
        }

        return CsvRowSource.OverBlock(path, columns, block);
    }

    public bool MoveNext()
    {
        if (_sylvan is not null)
        {
            return _sylvan.MoveNext();
        }

        if (_position >= _end)
        {
            return false;
        }

        if (_bytes[_position] == Comment || !TrySplitRow())
        {
            return FallBack();
        }

        _rowsRead++;
        return true;
    }

    public ReadOnlySpan<char> Field(int ordinal)
    {
        if (_sylvan is not null)
        {
            return _sylvan.Field(ordinal);
        }

        return ordinal < _fields ? _chars.AsSpan(_starts[ordinal], _ends[ordinal] - _starts[ordinal]) : [];
    }

    public ImmutableArray<string> Snapshot()
    {
        if (_sylvan is not null)
        {
            return _sylvan.Snapshot();
        }

        var values = new string[_fields];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Field(i).ToString();
        }

        return ImmutableArray.Create(values);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        if (_sylvan is not null)
        {
            _sylvan.Dispose();
        }
        else
        {
            _block.Return();
        }
    }

    /// <summary>Hands the rest of the block, from the current row, to Sylvan: it skips the rows already read and reads this one.</summary>
    private bool FallBack()
    {
        _sylvan = CsvRowSource.OverBlock(_path, _columns, _block);
        for (var i = 0L; i < _rowsRead; i++)
        {
            _sylvan.MoveNext();
        }

        return _sylvan.MoveNext();
    }

    /// <summary>
    /// Splits the row at <see cref="_position"/> into <see cref="_starts"/>/<see cref="_ends"/> (character offsets) and
    /// moves past it; false when the row is not one this reader reads exactly as Sylvan does.
    /// </summary>
    private bool TrySplitRow()
    {
        var rowStart = _position;
        var fieldStart = rowStart;
        var fields = 0;
        var chunk = rowStart;
        var mask = Specials(chunk);
        while (true)
        {
            while (mask == 0)
            {
                chunk += Vector128<byte>.Count;
                if (chunk >= _end)
                {
                    return EndRow(rowStart, fields, fieldStart, _end, _end);
                }

                mask = Specials(chunk);
            }

            var at = chunk + BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            switch (_bytes[at])
            {
                case Comma:
                    AddField(fields++, fieldStart, at);
                    fieldStart = at + 1;
                    break;
                case Newline:
                    return EndRow(rowStart, fields, fieldStart, at > fieldStart && _bytes[at - 1] == Return ? at - 1 : at, at + 1);
                case Return:
                    if (at + 1 >= _end || _bytes[at + 1] != Newline) return false;
                    break;
                default:
                    if (at != fieldStart || !TryQuoted(at, out var textStart, out var textEnd, out var after)) return false;
                    AddField(fields, textStart, textEnd);
                    if (after >= _end) return EndRow(rowStart, fields, -1, 0, _end);
                    var next = _bytes[after];
                    if (next == Newline) return EndRow(rowStart, fields, -1, 0, after + 1);
                    if (next == Return && after + 1 < _end && _bytes[after + 1] == Newline) return EndRow(rowStart, fields, -1, 0, after + 2);
                    if (next != Comma) return false;
                    fields++;
                    fieldStart = after + 1;
                    chunk = fieldStart;
                    mask = Specials(chunk);
                    break;
            }
        }
    }

    /// <summary>
    /// Reads the quoted field opening at <paramref name="open"/>: its text (doubled quotes made single, in place in the
    /// character buffer) runs from <paramref name="textStart"/> to <paramref name="textEnd"/>; <paramref name="after"/>
    /// is the byte after the closing quote.
    /// </summary>
    private bool TryQuoted(int open, out int textStart, out int textEnd, out int after)
    {
        textStart = textEnd = after = 0;
        var segment = open + 1;
        var write = -1;
        while (true)
        {
            var found = _bytes.AsSpan(segment, _end - segment).IndexOf(Quote);
            if (found < 0) return false;
            var close = segment + found;
            var doubled = close + 1 < _end && _bytes[close + 1] == Quote;
            if (!doubled && write < 0)
            {
                textStart = open + 1;
                textEnd = close;
                after = close + 1;
                return true;
            }

            // Doubled quotes: the text is gathered from the opening quote on, each "" written as one ".
            if (write < 0) write = open;
            var length = close - segment + (doubled ? 1 : 0);
            _chars.AsSpan(segment - _offset, length).CopyTo(_chars.AsSpan(write - _offset));
            write += length;
            if (!doubled)
            {
                textStart = open;
                textEnd = write;
                after = close + 1;
                return true;
            }

            segment = close + 2;
        }
    }

    /// <summary>
    /// Ends the row: adds its last field (unless <paramref name="lastStart"/> is -1, a quoted field already added) and
    /// moves to <paramref name="next"/>; false when the row is too long for Sylvan's buffer.
    /// </summary>
    private bool EndRow(int rowStart, int fields, int lastStart, int lastEnd, int next)
    {
        if (lastStart >= 0) AddField(fields, lastStart, lastEnd);
        if (next - rowStart > MaxRowChars) return false;
        _fields = fields + 1;
        _position = next;
        return true;
    }

    private void AddField(int index, int start, int end)
    {
        if (index == _starts.Length)
        {
            Array.Resize(ref _starts, index * 2);
            Array.Resize(ref _ends, index * 2);
        }

        _starts[index] = start - _offset;
        _ends[index] = end - _offset;
    }

    /// <summary>The bits of the 16 bytes from <paramref name="at"/> (fewer at the block's end) that are a comma, line feed, carriage return or quote.</summary>
    private uint Specials(int at)
    {
        if (at + Vector128<byte>.Count <= _end)
        {
            var v = Vector128.Create(_bytes, at);
            return (Vector128.Equals(v, Vector128.Create(Comma)) | Vector128.Equals(v, Vector128.Create(Newline))
                | Vector128.Equals(v, Vector128.Create(Return)) | Vector128.Equals(v, Vector128.Create(Quote))).ExtractMostSignificantBits();
        }

        var mask = 0u;
        for (var i = at; i < _end; i++)
        {
            if (_bytes[i] is Comma or Newline or Return or Quote) mask |= 1u << (i - at);
        }

        return mask;
    }
}
