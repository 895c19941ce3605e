namespace Retroact.Impact.Outcomes;

/// <summary>Yes/no facts about one case's outcome, packed in a byte.</summary>
[Flags]
public enum OutcomeFlags : byte
{
    /// <summary>None of the facts below.</summary>
    None = 0,
    /// <summary>A life term (counted as 470 months, the USSC's SENTTOT convention).</summary>
    Life = 1,
    /// <summary>A release was planned: the case had custody data and dates were computed.</summary>
    HasRelease = 2,
    /// <summary>The new projected release date is on or before the order's effective date (the first wave).</summary>
    ImmediateRelease = 4,
    /// <summary>The original projected release date is on or before the order's effective date: out before any order.</summary>
    ReleasedBeforeOrder = 8,
    /// <summary>At least one input of this result was filled by a documented assumption of the population reader.</summary>
    AssumptionsFilled = 16,
}
