namespace Retroact.Population.Records;

/// <summary>
/// The values of an accepted record that the source did not state and a documented, configurable assumption
/// filled in (see <c>docs/population.md</c>, "Assumptions"). <see cref="None"/> means every value came from the source.
/// </summary>
[Flags]
public enum AssumedFields
{
    /// <summary>Every value came from the source.</summary>
    None = 0,

    /// <summary>The day of the month of sentencing (the USSC files give only year and month).</summary>
    SentencingDay = 1 << 0,

    /// <summary>The day the sentence commenced (18 U.S.C. §3585(a)).</summary>
    CustodyCommencement = 1 << 1,

    /// <summary>The days of prior custody credit (18 U.S.C. §3585(b)).</summary>
    PriorCustodyCredit = 1 << 2,

    /// <summary>Where the person is held (institution, RRC, home confinement).</summary>
    CustodyStatus = 1 << 3,

    /// <summary>Good conduct time disallowed for discipline.</summary>
    GctDisallowed = 1 << 4,

    /// <summary>The detainers lodged against the person.</summary>
    Detainers = 1 << 5,

    /// <summary>The consecutive term no amendment touches (e.g. 18 U.S.C. §924(c)).</summary>
    ConsecutiveTerm = 1 << 6,

    /// <summary>A life term inferred from SENTTOT = 470 without TOTPRISN (470 also codes terms of 470 months or more).</summary>
    LifeFromSentTot = 1 << 7,

    /// <summary>A fractional SENTTOT (months and days) rounded to whole months.</summary>
    TermRounded = 1 << 8,

    /// <summary>The kind of §3B1.2 role behind MITCAP = 1 (the codebook does not say which; the cap itself does not depend on it).</summary>
    MitigatingRoleKind = 1 << 9,
}
