using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Retroact.Law.Cases;
using Retroact.Population.Native;
using Retroact.Population.Reading;
using Retroact.Population.Records;

namespace Retroact.Population.JsonLines;

/// <summary>
/// Streams JSON lines: each line one case, decoded by the law library's <see cref="CaseReader"/>. A line that is not
/// valid JSON or not a case rejects that line only (the next line is independent); a decoded case is then held to the
/// native format's rules too, by flattening it and running the native row mapper, so every format rejects the same values.
/// </summary>
internal sealed class JsonLinesRecordSource : IRecordSource
{
    /// <summary>The pseudo-column that names a JSON lines row in rejections.</summary>
    public const string JsonColumn = "json";

    private readonly string _path;
    private readonly StreamReader _reader;
    private readonly bool _endsWithNewline;
    private readonly NativeRowFormatter _formatter = new(Ussc.UsscLayout.MaxRepeats);
    private readonly ArrayRowSource _flat;
    private readonly NativeRowMapper _mapper;
    private long _row;

    private JsonLinesRecordSource(string path, StreamReader reader, bool endsWithNewline)
    {
        _path = path;
        _reader = reader;
        _endsWithNewline = endsWithNewline;
        _flat = new ArrayRowSource(_formatter.Header);
        _mapper = new NativeRowMapper(_flat, path);
    }

    public IReadOnlyList<string> Columns { get; } = [JsonColumn];

    public ColumnCoverage Coverage { get; } = new([JsonColumn], [], []);

    public static JsonLinesRecordSource Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var endsWithNewline = true;
        if (stream.Length > 0)
        {
            stream.Seek(-1, SeekOrigin.End);
            endsWithNewline = stream.ReadByte() == '\n';
            stream.Seek(0, SeekOrigin.Begin);
        }

        return new JsonLinesRecordSource(path, new StreamReader(stream, new UTF8Encoding(false, false), true, 1 << 16), endsWithNewline);
    }

    public bool TryRead(out PopulationRecord record)
    {
        record = default;
        string? line;
        do
        {
            line = _reader.ReadLine();
            if (line is null) return false;
            _row++;
        }
        while (line.Length == 0);

        if (line.AsSpan().IndexOfAny('\uFFFD', '\0') >= 0)
        {
            throw new PopulationFileException(_path, _row, 0, "", "bytes that are not valid UTF-8 (or a NUL character); the file must be UTF-8 text");
        }

        var last = _reader.Peek() < 0;
        Case? decoded;
        AssumedFields assumed;
        try
        {
            (decoded, assumed, var rejection) = Decode(line);
            if (rejection is not null)
            {
                record = PopulationRecord.Reject(rejection);
                return true;
            }
        }
        catch (JsonException e)
        {
            if (last && !_endsWithNewline)
            {
                throw new PopulationFileException(_path, _row, 0, "", "the last line is truncated: it is not complete JSON and has no line end");
            }

            record = PopulationRecord.Reject(Reject(JsonColumn, "", "not well-formed JSON: " + FirstSentence(e.Message), line));
            return true;
        }

        if (decoded!.Drugs.Length > _formatter.DrugSlots)
        {
            record = PopulationRecord.Reject(Reject("drugs", decoded.Drugs.Length.ToString(CultureInfo.InvariantCulture), $"at most {_formatter.DrugSlots} drugs", line));
            return true;
        }

        var values = new string[_formatter.Header.Length];
        _formatter.Format(decoded, assumed, values);
        _flat.Set(_row, values);
        var checkedRecord = _mapper.Map();
        record = checkedRecord.Rejection is { } checkFailure
            ? PopulationRecord.Reject(checkFailure with { Source = [line] })
            : checkedRecord;
        return true;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>
    /// Decodes a line with the law library's <see cref="CaseReader"/> (the owner of case format v1), after taking off
    /// the <c>"assumed"</c> extension. Returns the case or the reader's first error as a rejection.
    /// </summary>
    private (Case? Case, AssumedFields Assumed, Rejection? Rejection) Decode(string line)
    {
        using var document = JsonDocument.Parse(line);
        var element = document.RootElement;
        var assumed = AssumedFields.None;
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(JsonLinesWriter.AssumedProperty, out var names))
        {
            if (names.ValueKind != JsonValueKind.Array)
            {
                return (null, assumed, Reject(JsonLinesWriter.AssumedProperty, names.GetRawText(), "an array of assumption names", line));
            }

            foreach (var name in names.EnumerateArray())
            {
                if (name.ValueKind != JsonValueKind.String || !Enum.TryParse<AssumedFields>(name.GetString(), false, out var flag)
                    || flag == AssumedFields.None || !Enum.IsDefined(flag))
                {
                    return (null, assumed, Reject(JsonLinesWriter.AssumedProperty, name.GetRawText(),
                        "one of " + string.Join(", ", Enum.GetNames<AssumedFields>().Skip(1)), line));
                }

                assumed |= flag;
            }

            var node = JsonNode.Parse(line)!.AsObject();
            node.Remove(JsonLinesWriter.AssumedProperty);
            element = JsonSerializer.SerializeToElement(node, PopulationJsonContext.Default.JsonObject);
        }

        var result = CaseReader.ReadOne(element, $"{_path} line {_row}", "line-" + _row.ToString(CultureInfo.InvariantCulture));
        if (result.Case is { } decoded && result.Errors.Count == 0)
        {
            return (decoded, assumed, null);
        }

        var error = result.Errors[0];
        return (null, assumed, Reject(error.Field, error.Value, error.Allowed, line));
    }

    private Rejection Reject(string field, string value, string reason, string line) => new(_row, field, value, reason, [line]);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
