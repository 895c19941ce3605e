namespace Retroact.Impact.Outcomes;

/// <summary>The §1B1.10(b)(2) floor that set the reduced term, if any (the engine's <c>limitedBy</c>).</summary>
public enum LimitingFloor : byte
{
    /// <summary>No floor set the result (or no reduction).</summary>
    None,
    /// <summary><c>amended-minimum</c>: the bottom of the amended range (§1B1.10(b)(2)(A)).</summary>
    AmendedMinimum,
    /// <summary><c>statutory-minimum</c>: a statutory minimum term.</summary>
    StatutoryMinimum,
    /// <summary><c>time-served</c>: the time already served (§1B1.10(b)(2)(C)).</summary>
    TimeServed,
}

/// <summary>The report names of <see cref="LimitingFloor"/>.</summary>
public static class LimitingFloors
{
    private static readonly string[] Codes = ["none", "amended-minimum", "statutory-minimum", "time-served"];

    /// <summary>The kebab-case code used in reports, files and grant models.</summary>
    public static string Code(this LimitingFloor floor) => Codes[(int)floor];

    /// <summary>Parses a code (<c>none</c> or an engine <c>limitedBy</c> value); throws <see cref="ArgumentException"/> naming the value otherwise.</summary>
    public static LimitingFloor Parse(string code)
    {
        var index = Array.IndexOf(Codes, code);
        return index >= 0
            ? (LimitingFloor)index
            : throw new ArgumentException($"limitedBy '{code}' is not one of: {string.Join(", ", Codes)}", nameof(code));
    }
}
