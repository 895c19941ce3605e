namespace Retroact.Population.Records;

/// <summary>The legal ranges every reader checks a case's values against, whatever the format.</summary>
public static class CaseDomain
{
    /// <summary>Offense levels run 1–43 in the Sentencing Table (USSG Ch. 5 Pt. A); the highest Chapter Two base level is 43 (§2A1.1).</summary>
    public const int MaxBaseLevel = 43;

    /// <summary>Case format v1 bounds the total at 43, the Sentencing Table's last row ("an offense level of more than 43 is to be treated as an offense level of 43", Ch. 5 Pt. A, comment. (n.2)).</summary>
    public const int MaxTotalLevel = 43;

    /// <summary>The USSC codes XFOLSOR 1–99; a value above 43 is read as 43 under Ch. 5 Pt. A n.2.</summary>
    public const int MaxUsscLevel = 99;

    /// <summary>Net adjustments on top of the base level; a bound well outside anything Chapters Two and Three produce.</summary>
    public const int MaxAdjustment = 60;

    /// <summary>Criminal history points, as case format v1 bounds them (docs/case-format-v1.md).</summary>
    public const int MaxHistoryPoints = 200;

    /// <summary>The USSC codes TOTCHPTS 0–99.</summary>
    public const int MaxUsscHistoryPoints = 99;

    /// <summary>Status points, as case format v1 bounds them (pre-821 §4A1.1(d) gave 2; 1 after Amendment 821).</summary>
    public const int MaxStatusPoints = 3;

    /// <summary>Terms and statutory limits in months: the USSC's largest month code below its special codes is 9990.</summary>
    public const int MaxMonths = 9990;

    /// <summary>Days of credit or disallowance: a century.</summary>
    public const int MaxDays = 36_525;

    /// <summary>Age in years.</summary>
    public const int MinAge = 10;

    /// <summary>Age in years.</summary>
    public const int MaxAge = 120;

    /// <summary>Identifiers, guideline sections, substances, districts and demographic labels.</summary>
    public const int MaxTextLength = 100;
}
