using System.Runtime.CompilerServices;

namespace Retroact.Impact.Outcomes;

/// <summary>
/// One worker's memo in front of a shared <see cref="CodeBook"/>: the codes of the values it met last, in a direct-mapped
/// table of <see cref="Slots"/> entries indexed by a cheap hash of the text. Written by hand for speed: every case interns
/// five text values, and the readers hand out the same few hundred string instances again and again, so a hit is found by
/// reference (or, for an equal string from another source, by ordinal comparison) without the concurrent dictionary's
/// hashing and locking (≈ 25 ns a value in the profile of the whole command). A miss asks the code book and replaces the
/// entry, so a value that shares its slot with another still gets its one code, only more slowly. Not thread-safe: one
/// per worker thread.
/// </summary>
/// <param name="book">The code book the codes come from.</param>
internal sealed class CodeCache(CodeBook book)
{
    private const int Slots = 1 << 10;

    private readonly string?[] _values = new string?[Slots];
    private readonly ushort[] _codes = new ushort[Slots];

    /// <summary>The same as <see cref="CodeBook.Intern"/> on the book this cache is in front of.</summary>
    public ushort Intern(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var slot = Slot(value);
        var cached = _values[slot];
        if (ReferenceEquals(cached, value))
        {
            return _codes[slot];
        }

        if (string.Equals(cached, value, StringComparison.Ordinal))
        {
            // The same text in another instance (a reader pools its strings per block): keep this one, met next.
            _values[slot] = value;
            return _codes[slot];
        }

        var code = book.Intern(value);
        _values[slot] = value;
        _codes[slot] = code;
        return code;
    }

    /// <summary>
    /// A slot from the length and the first two and last two characters of <paramref name="value"/> (the values are short
    /// codes and names, which these tell apart; two that share a slot are still told apart by comparison). Each step keeps the
    /// hash below 2^21, so that it cannot overflow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(string value)
    {
        var last = value.Length - 1;
        var hash = ((value.Length & 0xFFFF) * 31) + value[0];
        hash = ((hash * 31) + value[Math.Min(1, last)]) & 0xF_FFFF;
        hash = ((hash * 31) + value[Math.Max(0, last - 1)]) & 0xF_FFFF;
        hash = ((hash * 31) + value[last]) & 0xF_FFFF;
        return (hash ^ (hash >> 10)) & (Slots - 1);
    }
}
