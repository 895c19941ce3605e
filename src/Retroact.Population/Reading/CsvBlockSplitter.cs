using System.Buffers;

namespace Retroact.Population.Reading;

/// <summary>
/// One run of whole rows of a CSV file, cut at a row boundary, with the header's bytes in front so it parses on its
/// own exactly as the same rows parse in the whole file. The bytes are rented; <see cref="Return"/> gives them back.
/// </summary>
/// <param name="Bytes">The header line, then the block's rows.</param>
/// <param name="HeaderLength">How many bytes of <paramref name="Bytes"/> hold the header line (its line end included).</param>
/// <param name="Length">How many bytes of <paramref name="Bytes"/> hold them.</param>
/// <param name="RowsBefore">Data rows in the file before the block's first.</param>
/// <param name="Rows">Data rows in the block.</param>
internal sealed record CsvBlock(byte[] Bytes, int HeaderLength, int Length, long RowsBefore, int Rows)
{
    /// <summary>Gives the bytes back to the pool.</summary>
    public void Return() => ArrayPool<byte>.Shared.Return(Bytes);
}

/// <summary>
/// Cuts a UTF-8 CSV file into blocks of about <c>blockBytes</c> at row boundaries, counting each block's rows, so
/// blocks can be parsed on any thread. A line end splits rows only outside quotes: the quote parity up to the nominal
/// end is counted (vectorised), then the scan runs on to the first line end outside quotes. Blocks without a quote or
/// a carriage return (the common case) are counted with a vectorised line-end count; others go through a strict RFC 4180
/// check. Past the first block that fails it (a stray or unclosed quote, a lone carriage return), the splitter stops and
/// <see cref="Exhausted"/> stays false: the rest must be read by the sequential reader, which gives the file's error.
/// </summary>
internal sealed class CsvBlockSplitter : IDisposable
{
    private const byte Quote = (byte)'"', Newline = (byte)'\n', Return = (byte)'\r', Comma = (byte)',';
    private readonly FileStream _file;
    private readonly byte[] _header;
    private readonly int _blockBytes;
    private byte[] _carry = [];
    private int _carryLength;
    private bool _endOfFile;
    private bool _failed;

    private CsvBlockSplitter(FileStream file, byte[] header, int blockBytes)
    {
        _file = file;
        _header = header;
        _blockBytes = blockBytes;
    }

    /// <summary>Data rows in the blocks handed out so far.</summary>
    public long Rows { get; private set; }

    /// <summary>True once every byte of the file is in a block handed out; false after a block failed the check.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>
    /// Opens <paramref name="path"/> for splitting, or returns null when its header cannot be cut out for sure (a byte
    /// order mark other than UTF-8's, a header line that fails the check or is longer than a block).
    /// </summary>
    public static CsvBlockSplitter? Open(string path, int blockBytes)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var start = new byte[Math.Min(Math.Max(blockBytes, 1 << 20), Math.Max(file.Length, 1))];
        var read = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var text = start.AsSpan(0, read);
        var headerEnd = text.IndexOf(Newline) + 1;
        var utf16Or32 = text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0, 0]);
        if (headerEnd == 0 || utf16Or32 || !TryCountRows(text[..headerEnd], out var headerRows) || headerRows != 1)
        {
            file.Dispose();
            return null;
        }

        var splitter = new CsvBlockSplitter(file, start[..headerEnd], blockBytes);
        splitter.Keep(text[headerEnd..]);
        return splitter;
    }

    /// <summary>The next block; false at the end of the file (<see cref="Exhausted"/>) or at the first block that fails the check (for good).</summary>
    public bool TryNext(out CsvBlock block)
    {
        block = null!;
        if (Exhausted || _failed)
        {
            return false;
        }

        var h = _header.Length;
        var slack = Math.Max(_blockBytes / 16, 256);
        var buffer = ArrayPool<byte>.Shared.Rent(h + Math.Max(_blockBytes, _carryLength) + slack);
        _header.CopyTo(buffer, 0);
        _carry.AsSpan(0, _carryLength).CopyTo(buffer.AsSpan(h));
        var end = h + _carryLength;
        _carryLength = 0;
        end = Fill(ref buffer, end, h + _blockBytes + slack);
        if (end == h)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Exhausted = true;
            return false;
        }

        var target = Math.Min(h + _blockBytes, end);
        var inQuotes = (buffer.AsSpan(h, target - h).Count(Quote) & 1) == 1;
        var position = target;
        int cut;
        while (true)
        {
            var found = buffer.AsSpan(position, end - position).IndexOfAny(Quote, Newline);
            if (found < 0)
            {
                var more = Fill(ref buffer, end, end + slack);
                slack *= 2;
                if (more == end)
                {
                    cut = end;
                    break;
                }

                position = end;
                end = more;
                continue;
            }

            position += found;
            if (buffer[position] == Quote)
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                cut = position + 1;
                break;
            }

            position++;
        }

        Keep(buffer.AsSpan(cut, end - cut));
        var rows = buffer.AsSpan(h, cut - h);
        int count;
        if (rows.IndexOfAny(Quote, Return) < 0)
        {
            count = rows.Count(Newline) + (rows[^1] == Newline ? 0 : 1);
        }
        else if (!TryCountRows(rows, out count))
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _failed = true;
            return false;
        }

        block = new CsvBlock(buffer, h, cut, Rows, count);
        Rows += count;
        return true;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    /// <summary>
    /// Counts the rows of <paramref name="text"/> as Sylvan.Data.Csv reads them, when its quoting is strict RFC 4180 (a
    /// quote opens a field or doubles inside one; a closing quote is followed by a comma, a line end or the end) and
    /// every carriage return ends a line with a line feed; false otherwise. Jumps from quote to quote and carriage
    /// return to carriage return with vectorised searches, counting the line feeds between them.
    /// </summary>
    internal static bool TryCountRows(ReadOnlySpan<byte> text, out int rows)
    {
        rows = 0;
        var i = 0;
        while (true)
        {
            var rest = text[i..];
            var special = rest.IndexOfAny(Quote, Return);
            if (special < 0)
            {
                rows += rest.Count(Newline);
                break;
            }

            rows += rest[..special].Count(Newline);
            i += special;
            if (text[i] == Return)
            {
                if (i + 1 == text.Length || text[i + 1] != Newline) return false;
                i++;
                continue;
            }

            if (i > 0 && text[i - 1] is not (Comma or Newline)) return false;
            if (!TrySkipQuoted(text, ref i)) return false;
        }

        if (text.Length > 0 && text[^1] != Newline) rows++;
        return true;
    }

    /// <summary>Moves <paramref name="i"/> from a field's opening quote past its closing one; false when it never closes or is followed by anything but a comma, a line end or the end.</summary>
    private static bool TrySkipQuoted(ReadOnlySpan<byte> text, ref int i)
    {
        i++;
        while (true)
        {
            var close = text[i..].IndexOf(Quote);
            if (close < 0) return false;
            i += close + 1;
            if (i == text.Length || text[i] != Quote) break;
            i++;
        }

        return i == text.Length || text[i] is Comma or Newline or Return;
    }

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="end"/> until <paramref name="want"/> bytes or the end of the file, growing it as needed.</summary>
    private int Fill(ref byte[] buffer, int end, int want)
    {
        if (want > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(want);
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        while (end < want && !_endOfFile)
        {
            var read = _file.Read(buffer, end, want - end);
            _endOfFile = read == 0;
            end += read;
        }

        return end;
    }

    private void Keep(ReadOnlySpan<byte> rest)
    {
        if (rest.Length > _carry.Length)
        {
            _carry = new byte[Math.Max(rest.Length, _carry.Length * 2)];
        }

        rest.CopyTo(_carry);
        _carryLength = rest.Length;
    }
}
