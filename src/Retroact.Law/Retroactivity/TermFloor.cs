namespace Retroact.Law.Retroactivity;

/// <summary>The floor that set a reduced term, reported as <c>limitedBy</c>; <see cref="None"/> when no floor did.</summary>
public enum TermFloor : byte
{
    /// <summary>No floor set the result (JSON <c>null</c>).</summary>
    None,

    /// <summary>The minimum of the amended guideline range, USSG §1B1.10(b)(2)(A) (JSON "amended-minimum").</summary>
    AmendedMinimum,

    /// <summary>A statutory minimum term that still binds (JSON "statutory-minimum").</summary>
    StatutoryMinimum,

    /// <summary>The term already served by the order's effective date, USSG §1B1.10(b)(2)(C) (JSON "time-served").</summary>
    TimeServed,
}

/// <summary>The JSON codes of <see cref="TermFloor"/>.</summary>
public static class TermFloorCodes
{
    /// <summary>The code written for <paramref name="floor"/>: "amended-minimum", "statutory-minimum", "time-served", or <c>null</c>.</summary>
    public static string? Code(this TermFloor floor) => floor switch
    {
        TermFloor.AmendedMinimum => "amended-minimum",
        TermFloor.StatutoryMinimum => "statutory-minimum",
        TermFloor.TimeServed => "time-served",
        _ => null,
    };
}
