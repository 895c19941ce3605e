namespace Retroact.Custody.Release;

/// <summary>Where a person goes on the release date: a closed set (docs/custody.md, "Disposition").</summary>
public enum ReleaseDisposition
{
    /// <summary>"community": released from a prison to supervised release in the community.</summary>
    Community,

    /// <summary>"rrc-release": released from a residential reentry center (halfway house).</summary>
    RrcRelease,

    /// <summary>"home-confinement-release": released from home confinement under 18 U.S.C. §3624(c).</summary>
    HomeConfinementRelease,

    /// <summary>"ice-custody": handed to Immigration and Customs Enforcement on its detainer, for possible removal.</summary>
    IceCustody,

    /// <summary>"detainer-custody": handed to another authority (a state, or other) on its detainer.</summary>
    DetainerCustody,
}

/// <summary>The wire names of <see cref="ReleaseDisposition"/>.</summary>
public static class ReleaseDispositionNames
{
    /// <summary>The name used in JSON and reports, e.g. "ice-custody".</summary>
    public static string Name(this ReleaseDisposition disposition) => disposition switch
    {
        ReleaseDisposition.Community => "community",
        ReleaseDisposition.RrcRelease => "rrc-release",
        ReleaseDisposition.HomeConfinementRelease => "home-confinement-release",
        ReleaseDisposition.IceCustody => "ice-custody",
        ReleaseDisposition.DetainerCustody => "detainer-custody",
        _ => throw new ArgumentOutOfRangeException(nameof(disposition), disposition, "Not a release disposition."),
    };
}
