using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using Retroact.Population.Records;

namespace Retroact.Population.Reading;

/// <summary>
/// Parses the current row's fields by ordinal, recording the first bad value as the row's rejection. Each method
/// returns false once a value is bad, so a mapper stops at the first fault; an ordinal of -1 means the file lacks
/// the column and always yields "absent" (a missing column never rejects a row).
/// </summary>
internal sealed class FieldReader(IRowSource source)
{
    private readonly TextPool _pool = new();

    // The common source, called directly rather than through the interface (the call is on every field of every row).
    private readonly AsciiBlockRowSource? _ascii = source as AsciiBlockRowSource;
    private string? _field;
    private string? _value;
    private string? _reason;

    /// <summary>The row's source.</summary>
    public IRowSource Source { get; } = source;

    /// <summary>The current row's field text, trimmed of white space; empty when the column is absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Text(int ordinal)
    {
        if (ordinal < 0) return [];
        var field = _ascii is not null ? _ascii.Field(ordinal) : Source.Field(ordinal);
        return field.IsEmpty || IsPrintableAscii(field[0]) && IsPrintableAscii(field[^1]) ? field : field.Trim();
    }

    /// <summary>'!' to '~' is never white space: a field that starts and ends with it needs no trimming (the common case, checked first because it is cheap).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPrintableAscii(char c) => c is >= '!' and <= '~';

    /// <summary>Records a bad value and returns false.</summary>
    public bool Fail(int ordinal, string reason) => Fail(ordinal, Text(ordinal).ToString(), reason);

    /// <summary>Records a bad value and returns false.</summary>
    public bool Fail(int ordinal, string value, string reason)
    {
        _field ??= Source.Columns[ordinal];
        _value ??= value;
        _reason ??= reason;
        return false;
    }

    /// <summary>
    /// True when the current row has as many fields as the header; otherwise records the mismatch against the last
    /// column both share and returns false.
    /// </summary>
    public bool FieldCountMatchesHeader()
    {
        if (Source.FieldCount == Source.Columns.Count)
        {
            return true;
        }

        var last = Math.Min(Source.FieldCount, Source.Columns.Count) - 1;
        return Fail(Math.Max(last, 0), "", $"the row has {Source.FieldCount} fields; the header has {Source.Columns.Count}");
    }

    /// <summary>The rejection recorded for the current row, clearing it for the next.</summary>
    public Rejection TakeRejection()
    {
        var rejection = new Rejection(Source.Row, _field ?? "", _value ?? "", _reason ?? "", Source.Snapshot());
        _field = _value = _reason = null;
        return rejection;
    }

    /// <summary>An optional integer within [min, max]; empty gives null.</summary>
    public bool Int(int ordinal, int min, int max, out int? value) =>
        TryEmptyOrPlainInt(ordinal, min, max, out value) || IntInFull(ordinal, min, max, out value);

    /// <summary>
    /// The common cases of a whole-number field, answered without building anything: empty (null) or plain digits within
    /// [min, max]. False for anything else, which the caller reads in full (and may reject).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryEmptyOrPlainInt(int ordinal, int min, int max, out int? value)
    {
        var text = Text(ordinal);
        if (text.IsEmpty)
        {
            value = null;
            return true;
        }

        if (TryParsePlainInt(text, out var plain) && plain >= min && plain <= max)
        {
            value = plain;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>
    /// <see cref="Int"/> for everything <see cref="TryEmptyOrPlainInt"/> does not answer: kept apart so that the common call does not pay
    /// for this path's message builders (zeroed on every entry).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool IntInFull(int ordinal, int min, int max, out int? value)
    {
        value = null;
        var text = Text(ordinal);
        if (text.IsEmpty)
        {
            return true;
        }

        if (!TryParsePlainInt(text, out var parsed)
            && !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out parsed))
        {
            return Fail(ordinal, $"not a whole number; expected {min} to {max}");
        }

        if (parsed < min || parsed > max)
        {
            return Fail(ordinal, $"out of range; expected {min} to {max}");
        }

        value = parsed;
        return true;
    }

    /// <summary>An optional non-negative decimal greater than zero; empty gives null.</summary>
    public bool PositiveDecimal(int ordinal, out decimal? value)
    {
        value = null;
        var text = Text(ordinal);
        if (text.IsEmpty)
        {
            return true;
        }

        if (!TryParsePlainDecimal(text, out var parsed)
            && !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out parsed))
        {
            return Fail(ordinal, "not a decimal number (digits with an optional '.' point)");
        }

        if (parsed <= 0)
        {
            return Fail(ordinal, "must be greater than 0");
        }

        value = parsed;
        return true;
    }

    /// <summary>The fast path for "[-]digits" (at most 9 digits); anything else falls back to the general parser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParsePlainInt(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        if (digits.Length is 0 or > 9) return false;
        var result = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return false;
            result = result * 10 + (c - '0');
        }

        value = negative ? -result : result;
        return true;
    }

    /// <summary>
    /// The fast path for the common "digits[.digits]" form (at most 18 digits), exact as <see cref="decimal.Parse(string)"/>
    /// including the scale; anything else falls back to the general parser.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.Length is 0 or > 19) return false;
        long mantissa = 0;
        var scale = -1;
        var digits = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (scale >= 0) return false;
                scale = 0;
                continue;
            }

            if (c is < '0' or > '9' || digits == 18) return false;
            mantissa = mantissa * 10 + (c - '0');
            digits++;
            if (scale >= 0) scale++;
        }

        if (digits == 0 || scale == 0) return false;
        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>An optional ISO date (yyyy-MM-dd); empty gives null. (DateTime's month lengths are the proleptic Gregorian ones of NodaTime's ISO calendar, for the years 1-9999 four digits can give.)</summary>
    public bool Date(int ordinal, out LocalDate? value)
    {
        value = null;
        var text = Text(ordinal);
        if (text.IsEmpty)
        {
            return true;
        }

        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Fail(ordinal, "not a calendar date in the form yyyy-MM-dd");
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Digits only (no sign, no space), as <see cref="NumberStyles.None"/> reads them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }

        return !text.IsEmpty;
    }

    /// <summary>An optional "true"/"false" (any case); empty gives false.</summary>
    public bool Bool(int ordinal, out bool value)
    {
        value = false;
        var text = Text(ordinal);
        if (text.IsEmpty || text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        return Fail(ordinal, "expected true or false");
    }

    /// <summary>An optional token from <paramref name="tokens"/> (exact match); empty gives null.</summary>
    public bool Token<T>(int ordinal, TokenSet<T> tokens, out T? value)
        where T : struct
    {
        value = null;
        var text = Text(ordinal);
        if (text.IsEmpty)
        {
            return true;
        }

        if (!tokens.TryParse(text, out var parsed))
        {
            return Fail(ordinal, "expected one of " + tokens.Allowed);
        }

        value = parsed;
        return true;
    }

    /// <summary>An optional free text of at most <paramref name="maxLength"/> characters; empty gives null. Repeated values share one string.</summary>
    public bool String(int ordinal, int maxLength, out string? value)
    {
        value = null;
        var text = Text(ordinal);
        if (text.IsEmpty)
        {
            return true;
        }

        if (text.Length > maxLength)
        {
            return TooLong(ordinal, maxLength);
        }

        value = _pool.Get(text);
        return true;
    }

    /// <summary>Records a text longer than <paramref name="maxLength"/> (apart, so that <see cref="String"/> does not zero a message builder on every call).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TooLong(int ordinal, int maxLength) => Fail(ordinal, $"longer than {maxLength} characters");
}
