using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Retroact.Law.Cases;
using Retroact.Population.Native;
using Retroact.Population.Reading;
using Retroact.Population.Records;

namespace Retroact.Population.JsonLines;

/// <summary>
/// Streams JSON lines: each line one case. A line that is not valid JSON or not a case rejects that line only (the
/// next line is independent); a decoded case is then held to exactly the native format's rules by flattening it and
/// running the native row mapper, so every format rejects the same values for the same reasons.
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
            (decoded, assumed) = Decode(line);
        }
        catch (JsonException e)
        {
            if (last && !_endsWithNewline)
            {
                throw new PopulationFileException(_path, _row, 0, "", "the last line is truncated: it is not complete JSON and has no line end");
            }

            record = PopulationRecord.Reject(new Rejection(_row, e.Path is { Length: > 1 } p ? p : JsonColumn, "", "not a case: " + FirstSentence(e.Message), [line]));
            return true;
        }

        if (decoded.Drugs.Length > _formatter.DrugSlots)
        {
            record = PopulationRecord.Reject(new Rejection(_row, "$.drugs", decoded.Drugs.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"more than {_formatter.DrugSlots} drugs", [line]));
            return true;
        }

        var values = new string[_formatter.Header.Length];
        _formatter.Format(decoded, assumed, values);
        _flat.Set(_row, values);
        var checkedRecord = _mapper.Map();
        record = checkedRecord.Rejection is { } rejection
            ? PopulationRecord.Reject(rejection with { Source = [line] })
            : checkedRecord;
        return true;
    }

    public void Dispose() => _reader.Dispose();

    private static (Case Case, AssumedFields Assumed) Decode(string line)
    {
        var node = JsonNode.Parse(line) as JsonObject ?? throw new JsonException("The line is not a JSON object.", "$", null, null);
        var assumed = AssumedFields.None;
        if (node.TryGetPropertyValue(CaseJson.AssumedProperty, out var names) && names is not null)
        {
            foreach (var name in names.AsArray())
            {
                if (!Enum.TryParse<AssumedFields>(name?.GetValue<string>(), false, out var flag) || !Enum.IsDefined(flag) || flag == AssumedFields.None)
                {
                    throw new JsonException($"The assumed name '{name}' is not one of {string.Join(", ", Enum.GetNames<AssumedFields>().Skip(1))}.", "$.assumed", null, null);
                }

                assumed |= flag;
            }

            node.Remove(CaseJson.AssumedProperty);
        }

        var decoded = node.Deserialize<Case>(CaseJson.Options) ?? throw new JsonException("The line is null.", "$", null, null);
        return (decoded, assumed);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
