using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>
/// Strict reading of one JSON object of an amendment file: each accessor records a problem (file, JSON path, reason)
/// instead of throwing, so a whole file is checked before anything in it is used. Unknown members are problems too.
/// </summary>
internal readonly struct JsonEntry
{
    private readonly JsonElement _element;
    private readonly List<AmendmentFileProblem> _problems;

    public JsonEntry(string file, string path, JsonElement element, List<AmendmentFileProblem> problems)
    {
        File = file;
        Path = path;
        _element = element;
        _problems = problems;
    }

    public string File { get; }

    public string Path { get; }

    public void Problem(string member, string reason) =>
        _problems.Add(new AmendmentFileProblem(File, member.Length == 0 ? Path : $"{Path}.{member}", reason));

    /// <summary>Records a problem for every member not in <paramref name="allowed"/>.</summary>
    public void OnlyMembers(params string[] allowed)
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                Problem(property.Name, $"unknown member; allowed here: {string.Join(", ", allowed)}");
            }
        }
    }

    public bool Has(string name) => _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string String(string name)
    {
        if (_element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        Problem(name, "required: a non-empty string");
        return "";
    }

    public string? OptionalString(string name) =>
        Has(name) ? String(name) : null;

    public int Int(string name, int min, int max)
    {
        if (_element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        Problem(name, $"required: a whole number from {min} to {max}, found {Describe(name)}");
        return min;
    }

    public decimal Decimal(string name, decimal min)
    {
        if (_element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number >= min)
        {
            return number;
        }

        Problem(name, $"required: a number of at least {min.ToString(CultureInfo.InvariantCulture)}, found {Describe(name)}");
        return min;
    }

    public bool Bool(string name)
    {
        if (_element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(name, $"required: true or false, found {Describe(name)}");
        return false;
    }

    public LocalDate Date(string name)
    {
        if (_element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && LocalDatePattern.Iso.Parse(value.GetString() ?? "") is { Success: true } parsed)
        {
            return parsed.Value;
        }

        Problem(name, $"required: a date YYYY-MM-DD, found {Describe(name)}");
        return default;
    }

    public JsonEntry? Object(string name, bool required)
    {
        if (_element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            return new JsonEntry(File, $"{Path}.{name}", value, _problems);
        }

        if (required || Has(name))
        {
            Problem(name, $"required: an object, found {Describe(name)}");
        }

        return null;
    }

    public IReadOnlyList<JsonEntry> Objects(string name)
    {
        if (!Has(name))
        {
            return [];
        }

        var value = _element.GetProperty(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, $"must be an array of objects, found {value.ValueKind}");
            return [];
        }

        var items = new List<JsonEntry>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                items.Add(new JsonEntry(File, $"{Path}.{name}[{i}]", item, _problems));
            }
            else
            {
                Problem($"{name}[{i}]", $"must be an object, found {item.ValueKind}");
            }

            i++;
        }

        return items;
    }

    public IReadOnlyList<string> Strings(string name)
    {
        if (!Has(name))
        {
            return [];
        }

        var value = _element.GetProperty(name);
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            Problem(name, "must be an array of strings");
            return [];
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }

    public IReadOnlyList<int> Ints(string name)
    {
        var value = _element.GetProperty(name);
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out _)))
        {
            Problem(name, "must be an array of whole numbers");
            return [];
        }

        return [.. value.EnumerateArray().Select(v => v.GetInt32())];
    }

    /// <summary>The members of an object whose values are all of one kind, e.g. a map from names to ids or from levels to numbers.</summary>
    public IReadOnlyList<(string Name, JsonElement Value)> Members(string name)
    {
        if (_element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            return [.. value.EnumerateObject().Select(p => (p.Name, p.Value))];
        }

        Problem(name, $"required: an object, found {Describe(name)}");
        return [];
    }

    private string Describe(string name) =>
        _element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\"" : value.GetRawText() : "nothing";
}
