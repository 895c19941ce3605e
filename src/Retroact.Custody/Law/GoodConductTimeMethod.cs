using NodaTime;

namespace Retroact.Custody.Law;

/// <summary>
/// One way of computing good conduct time, with the date from which it governed the Bureau of Prisons' computation.
/// Loaded from <c>law/custody/good-conduct-time.json</c>; every value keeps its citation.
/// </summary>
/// <param name="Id">The method's identifier as it appears in results, e.g. "bop-years-served".</param>
/// <param name="Basis">Whether credit is counted per year served or per year imposed.</param>
/// <param name="GovernsFrom">The first as-of date on which this method governs; it governs until the next method's date.</param>
/// <param name="GovernsFromCitation">The source of <paramref name="GovernsFrom"/>.</param>
/// <param name="DaysPerYear">Days of credit for each full year (54).</param>
/// <param name="DaysPerYearCitation">The source of <paramref name="DaysPerYear"/>.</param>
/// <param name="PartialYearRatePerMille">Thousandths of a day of credit per day of a partial year (148 for .148); fractions of a day are dropped.</param>
/// <param name="PartialYearRateCitation">The source of the partial-year rate.</param>
public sealed record GoodConductTimeMethod(
    string Id,
    GoodConductTimeBasis Basis,
    LocalDate GovernsFrom,
    string GovernsFromCitation,
    int DaysPerYear,
    string DaysPerYearCitation,
    int PartialYearRatePerMille,
    string PartialYearRateCitation)
{
    /// <summary>Whole days of credit for <paramref name="days"/> days of a partial year: ⌊rate × days⌋.</summary>
    public int PartialYearCredit(int days) => PartialYearRatePerMille * days / 1000;
}
