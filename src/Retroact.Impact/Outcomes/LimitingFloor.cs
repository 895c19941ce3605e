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
    public static LimitingFloor Parse(string code) =>
        TryParse(code, out var floor) ? floor : throw new ArgumentException(NotACode(code), nameof(code));

    /// <summary>Parses a code; false (and <paramref name="floor"/> <see cref="LimitingFloor.None"/>) for anything but <c>none</c> or an engine <c>limitedBy</c> value.</summary>
    public static bool TryParse(string code, out LimitingFloor floor)
    {
        var index = Array.IndexOf(Codes, code);
        floor = (LimitingFloor)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The message for a value that is not a code: "limitedBy 'judge' is not one of: none, …".</summary>
    public static string NotACode(string code) => $"limitedBy '{code}' is not one of: {string.Join(", ", Codes)}";
}
