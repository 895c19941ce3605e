namespace Retroact.Custody.Law;

/// <summary>What the 54 days a year of good conduct time are counted against (18 U.S.C. §3624(b)(1)).</summary>
public enum GoodConductTimeBasis
{
    /// <summary>Each year actually served, the last partial year prorated (the BOP method upheld in Barber v. Thomas, 560 U.S. 474 (2010)).</summary>
    YearsServed,

    /// <summary>Each year of the sentence imposed, prorated for a partial year (the First Step Act of 2018, §102(b)).</summary>
    YearsImposed,
}
