namespace Retroact.Impact.Outcomes;

/// <summary>Where a person goes on the day of release: the closed set of the custody issue, plus <see cref="None"/> when no release was planned.</summary>
public enum ReleaseDisposition : byte
{
    /// <summary>No release planned (not granted, or no custody data).</summary>
    None,
    /// <summary><c>community</c>: to supervised release in the community.</summary>
    Community,
    /// <summary><c>rrc-release</c>: released from a residential reentry center (halfway house).</summary>
    RrcRelease,
    /// <summary><c>home-confinement-release</c>: released from home confinement.</summary>
    HomeConfinementRelease,
    /// <summary><c>ice-custody</c>: handed to Immigration and Customs Enforcement on a detainer, not to the community.</summary>
    IceCustody,
    /// <summary><c>detainer-custody</c>: handed to another authority on its detainer.</summary>
    DetainerCustody,
}

/// <summary>The report names of <see cref="ReleaseDisposition"/>.</summary>
public static class ReleaseDispositions
{
    /// <summary>How many values <see cref="ReleaseDisposition"/> has, <see cref="ReleaseDisposition.None"/> included.</summary>
    public const int Count = 6;

    private static readonly string[] Codes =
        ["none", "community", "rrc-release", "home-confinement-release", "ice-custody", "detainer-custody"];

    /// <summary>The kebab-case code used in reports and files.</summary>
    public static string Code(this ReleaseDisposition disposition) => Codes[(int)disposition];

    /// <summary>Parses a custody disposition code; throws <see cref="ArgumentException"/> naming the value for a code outside the set.</summary>
    public static ReleaseDisposition Parse(string code)
    {
        var index = Array.IndexOf(Codes, code);
        return index >= 0
            ? (ReleaseDisposition)index
            : throw new ArgumentException($"disposition '{code}' is not one of: {string.Join(", ", Codes)}", nameof(code));
    }
}
