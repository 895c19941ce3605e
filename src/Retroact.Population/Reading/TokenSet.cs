namespace Retroact.Population.Reading;

/// <summary>The text tokens of an enumeration as a file spells them, both ways.</summary>
/// <typeparam name="T">The enumeration.</typeparam>
public sealed class TokenSet<T>
    where T : struct
{
    private readonly (string Token, T Value)[] _pairs;

    /// <summary>Creates the set from token/value pairs; each token and each value appears once.</summary>
    public TokenSet(params (string Token, T Value)[] pairs)
    {
        _pairs = pairs;
        Allowed = string.Join(", ", pairs.Select(p => p.Token));
    }

    /// <summary>The tokens, comma-separated, for error messages.</summary>
    public string Allowed { get; }

    /// <summary>Finds the value of <paramref name="token"/> (exact, case-sensitive).</summary>
    public bool TryParse(ReadOnlySpan<char> token, out T value)
    {
        foreach (var (text, v) in _pairs)
        {
            if (token.Length == text.Length && token.SequenceEqual(text))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The token of <paramref name="value"/>.</summary>
    public string Format(T value)
    {
        foreach (var (text, v) in _pairs)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return text;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "no token for this value");
    }
}
