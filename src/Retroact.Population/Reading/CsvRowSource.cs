using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Sylvan.Data.Csv;

namespace Retroact.Population.Reading;

/// <summary>
/// Streams a comma-separated UTF-8 file with a header through Sylvan.Data.Csv, turning every structural fault into
/// one <see cref="PopulationFileException"/>: bad quoting, bytes that are not UTF-8 (or NUL characters), and a last
/// line cut short (no final newline and fewer fields than the header).
/// </summary>
internal sealed class CsvRowSource : IRowSource
{
    private const int BufferChars = 1 << 16;

    /// <summary>
    /// The longest row read, in characters (64 Mi): the buffer starts at <see cref="BufferChars"/> and grows to this,
    /// so a USSC datafile with all of its ≈ 27,000 columns (rows of 100–200 kB) is read like a narrow one.
    /// </summary>
    private const int MaxRowChars = 1 << 26;

    /// <summary>
    /// Sylvan's comment character, set to one that never starts a line of decoded text (a lone low surrogate: UTF-8
    /// decoding yields one only after a high surrogate, and turns the bytes of an encoded surrogate into U+FFFD), so
    /// no row is skipped as a comment: a row whose first field starts with '#' is read like any other.
    /// </summary>
    private const char NoComment = '\uDFFF';
    private readonly string _path;
    private readonly CsvDataReader _reader;
    private readonly string[] _columns;
    private readonly long _rowsBefore;
    private readonly char[]? _buffer;
    private readonly CsvBlock? _block;

    private CsvRowSource(string path, CsvDataReader reader, string[] columns, long rowsBefore = 0, char[]? buffer = null, CsvBlock? block = null)
    {
        _block = block;
        _path = path;
        _reader = reader;
        _columns = columns;
        _rowsBefore = rowsBefore;
        _buffer = buffer;
    }

    public IReadOnlyList<string> Columns => _columns;

    public long Row => _rowsBefore + _reader.RowNumber;

    public int FieldCount => _reader.RowFieldCount;

    /// <summary>Opens <paramref name="path"/>; checks the header and the last line before the first row is read.</summary>
    public static CsvRowSource Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            CsvDataReader reader;
            try
            {
                reader = Create(stream, BufferChars, null);
            }
            catch (CsvFormatException e)
            {
                throw new PopulationFileException(path, 1, e.FieldOrdinal + 1, "", FormatProblem(e));
            }

            var columns = new string[reader.FieldCount];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = reader.GetName(i);
                if (IsBadText(columns[i]))
                {
                    throw new PopulationFileException(path, 1, i + 1, "", "the header is not valid UTF-8 text");
                }
            }

            CheckLastLine(path, stream, columns);
            return new CsvRowSource(path, reader, columns);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The rows of <paramref name="block"/> (the header line, then whole rows), numbered on from the rows before it;
    /// <paramref name="columns"/> is the file's header, already checked by <see cref="Open"/>. Disposing returns the
    /// block's bytes to their pool.
    /// </summary>
    public static CsvRowSource OverBlock(string path, string[] columns, CsvBlock block)
    {
        // Room for a row twice the header's length from the start (the header is the block's first line), so Sylvan need not grow its buffer for a wide file.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(BufferChars, 2 * block.HeaderLength));
        var reader = Create(new MemoryStream(block.Bytes, 0, block.Length, writable: false), 1 << 14, buffer);
        return new CsvRowSource(path, reader, columns, block.RowsBefore, buffer, block);
    }

    public bool MoveNext()
    {
        bool more;
        try
        {
            more = _reader.Read();
        }
        catch (CsvFormatException e)
        {
            throw new PopulationFileException(_path, _rowsBefore + e.RowNumber + 1, e.FieldOrdinal + 1, ColumnName(e.FieldOrdinal), FormatProblem(e));
        }

        if (more && _reader.GetRawRecordSpan().IndexOfAny('\uFFFD', '\0') >= 0)
        {
            for (var i = 0; i < _reader.RowFieldCount; i++)
            {
                if (IsBadText(_reader.GetFieldSpan(i)))
                {
                    throw new PopulationFileException(_path, Row + 1, i + 1, ColumnName(i),
                        "bytes that are not valid UTF-8 (or a NUL character); the file must be UTF-8 text");
                }
            }
        }

        return more;
    }

    public ReadOnlySpan<char> Field(int ordinal) => ordinal < _reader.RowFieldCount ? _reader.GetFieldSpan(ordinal) : [];

    public ImmutableArray<string> Snapshot()
    {
        var values = new string[_reader.RowFieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _reader.GetString(i);
        }

        return ImmutableArray.Create(values);
    }

    public void Dispose()
    {
        _reader.Dispose();
        if (_buffer is not null) ArrayPool<char>.Shared.Return(_buffer);
        _block?.Return();
    }

    /// <summary>A reader of UTF-8 text (a byte order mark is honoured) over <paramref name="stream"/>, with a header; the sequential and block readers parse alike.</summary>
    private static CsvDataReader Create(Stream stream, int streamBufferBytes, char[]? buffer)
    {
        var text = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, streamBufferBytes);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true, Delimiter = ',', Comment = NoComment, BufferSize = BufferChars, MaxBufferSize = MaxRowChars, OwnsReader = true,
        };
        return buffer is null ? CsvDataReader.Create(text, options) : CsvDataReader.Create(text, buffer, options);
    }

    private string ColumnName(int ordinal) => ordinal >= 0 && ordinal < _columns.Length ? _columns[ordinal] : "";

    private static bool IsBadText(ReadOnlySpan<char> text) => text.IndexOfAny('\uFFFD', '\0') >= 0;

    private static string FormatProblem(CsvFormatException e) => e is CsvRecordTooLargeException
        ? $"the row is longer than {MaxRowChars:N0} characters, the most a row may have"
        : "bad quoting: " + e.Message;

    /// <summary>
    /// A file that does not end in a newline and whose last line has fewer fields than the header was cut short
    /// (an interrupted copy or write). Counted here, before any row is read, so the error comes once and first.
    /// </summary>
    private static void CheckLastLine(string path, FileStream stream, string[] columns)
    {
        if (!stream.CanSeek || stream.Length == 0)
        {
            return;
        }

        var position = stream.Position;
        var tailLength = (int)Math.Min(stream.Length, 1 << 20);
        var tail = new byte[tailLength];
        stream.Seek(-tailLength, SeekOrigin.End);
        stream.ReadExactly(tail);
        stream.Seek(position, SeekOrigin.Begin);
        if (tail[^1] == (byte)'\n')
        {
            return;
        }

        var lastLineStart = Array.LastIndexOf(tail, (byte)'\n') + 1;
        var lastLine = Encoding.UTF8.GetString(tail, lastLineStart, tailLength - lastLineStart);
        var fields = CountFields(lastLine);
        if (fields >= columns.Length || lastLineStart == 0 && tailLength == stream.Length)
        {
            return;
        }

        var line = CountLines(stream) + 1;
        throw new PopulationFileException(path, line, fields + 1, columns[fields],
            $"the last line is truncated: it has {fields} of the header's {columns.Length} fields and no line end");
    }

    private static int CountFields(string line)
    {
        var fields = 1;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields++;
            }
        }

        return fields;
    }

    private static long CountLines(FileStream stream)
    {
        var position = stream.Position;
        stream.Seek(0, SeekOrigin.Begin);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        stream.Seek(position, SeekOrigin.Begin);
        return lines;
    }
}
