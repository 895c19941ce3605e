namespace Retroact.Law.Retroactivity;

/// <summary>Where the term imposed lay against the original applicable range; it selects the comparable-position rule.</summary>
public enum TermPosition
{
    /// <summary>Within the original range: the same relative position in the amended range.</summary>
    WithinRange,

    /// <summary>Below the range on a government substantial-assistance motion: the same proportion below the amended minimum (§1B1.10(b)(2)(B)).</summary>
    BelowRangeSubstantialAssistance,

    /// <summary>Below the range for any other reason (departure or variance): the amended minimum at most (§1B1.10(b)(2)(A)).</summary>
    BelowRangeOther,

    /// <summary>Above the range: the same proportion of the amended maximum.</summary>
    AboveRange,
}
