namespace Retroact.Custody.Computation;

/// <summary>
/// Good conduct time earned over a term, before any disallowance, with the figures that explain it.
/// </summary>
/// <param name="Days">Days of credit: what the term is shortened by.</param>
/// <param name="FullYears">Full years that earned the per-year credit (served or imposed, by the method).</param>
/// <param name="PartialYearDays">Days of the last partial year that were prorated.</param>
/// <param name="PartialYearCredit">Credit for the partial year: ⌊rate × <paramref name="PartialYearDays"/>⌋ (or what the solve left).</param>
public readonly record struct GoodConductTimeCredit(int Days, int FullYears, int PartialYearDays, int PartialYearCredit)
{
    /// <summary>No credit: a term of a year or less, or life.</summary>
    public static GoodConductTimeCredit None => default;
}
