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
        if (ReferenceEquals(cached, value) || string.Equals(cached, value, StringComparison.Ordinal))
        {
            return _codes[slot];
        }

        var code = book.Intern(value);
        _values[slot] = value;
        _codes[slot] = code;
        return code;
    }

    /// <summary>
    /// A slot from every character of <paramref name="value"/> (the values are short: codes and names). The running hash is
    /// kept below 2^20 so that it cannot overflow (20 + 5 bits for the multiplication, 16 for a character).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(string value)
    {
        var hash = value.Length;
        foreach (var c in value)
        {
            hash = ((hash * 31) + c) & 0xF_FFFF;
        }

        return (hash ^ (hash >> 10)) & (Slots - 1);
    }
}
