using System.Collections.Concurrent;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Outcomes;

/// <summary>
/// Interns the values of one breakdown dimension as small codes so an outcome row stays flat. Code 0 is
/// <see cref="Unknown"/> (a missing or empty value). Safe to use from many threads; which code a value gets
/// depends on arrival order, so reports always order groups by name, never by code.
/// </summary>
public sealed class CodeBook
{
    /// <summary>The name reported for a missing value.</summary>
    public const string Unknown = "unknown";

    private static readonly CsvField UnknownField = CsvField.Of(Unknown);

    private readonly ConcurrentDictionary<string, ushort> _codes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private volatile string[] _names = [Unknown];
    private volatile CsvField[] _fields = [UnknownField];
    private volatile int _longestField = UnknownField.Length;

    /// <summary>How many codes are in use, <see cref="Unknown"/> included.</summary>
    public int Count => _names.Length;

    /// <summary>The code of <paramref name="value"/>, adding it when new; <c>null</c> or empty gives 0. Throws past 65,535 distinct values.</summary>
    public ushort Intern(string? value)
    {
        if (string.IsNullOrEmpty(value) || value == Unknown)
        {
            return 0;
        }

        return _codes.TryGetValue(value, out var code) ? code : Add(value);
    }

    private ushort Add(string value)
    {
        lock (_gate)
        {
            if (_codes.TryGetValue(value, out var existing))
            {
                return existing;
            }

            if (_names.Length > ushort.MaxValue)
            {
                throw new InvalidOperationException($"more than {ushort.MaxValue} distinct values in one breakdown; '{value}' does not fit");
            }

            var code = (ushort)_names.Length;
            var field = CsvField.Of(value);
            _longestField = Math.Max(_longestField, field.Length);
            _fields = [.. _fields, field];
            _names = [.. _names, value];
            _codes[value] = code;
            return code;
        }
    }

    /// <summary>The code of <paramref name="value"/> without adding it; <c>false</c> when it was never interned.</summary>
    public bool TryGetCode(string value, out ushort code)
    {
        code = 0;
        return value == Unknown || _codes.TryGetValue(value, out code);
    }

    /// <summary>The value behind <paramref name="code"/>; throws <see cref="ArgumentOutOfRangeException"/> for a code never handed out.</summary>
    public string Name(ushort code)
    {
        var names = _names;
        return code < names.Length ? names[code] : throw new ArgumentOutOfRangeException(nameof(code), code, "a code this book never handed out");
    }

    /// <summary>The value behind <paramref name="code"/>, a code this book handed out, as a CSV field (quoted when needed) with its comma.</summary>
    public CsvField Field(ushort code) => _fields[code];

    /// <summary>
    /// The bytes of the longest <see cref="Field"/> so far. A code is handed out after its field is counted here, so a row
    /// whose codes are in hand needs no more than this for each.
    /// </summary>
    public int LongestField => _longestField;
}

/// <summary>One <see cref="CodeBook"/> per <see cref="Dimension"/>, shared by every row of a run.</summary>
public sealed class BreakdownCodes
{
    private readonly CodeBook[] _books = [.. Enumerable.Range(0, Dimensions.Count).Select(_ => new CodeBook())];

    /// <summary>The code book of <paramref name="dimension"/>.</summary>
    public CodeBook this[Dimension dimension] => _books[(int)dimension];

    /// <summary>The most bytes one row's breakdown fields (with their commas) take, for codes handed out so far.</summary>
    public int LongestRowFields
    {
        get
        {
            var bytes = 0;
            foreach (var book in _books)
            {
                bytes += book.LongestField;
            }

            return bytes;
        }
    }
}
