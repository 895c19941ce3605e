using NodaTime;
using Retroact.Impact.Discretion;

namespace Retroact.Impact.Reports;

/// <summary>
/// The population impact of one amendment (report schema <c>retroact.impact.v1</c>, <c>docs/report-v1.schema.json</c>);
/// every figure is defined in <c>docs/impact.md</c>. Immutable; rendered by <see cref="ReportJson"/> and <c>ReportHtml</c>.
/// </summary>
public sealed record ImpactReport
{
    /// <summary>The schema identifier written as <c>"schema"</c>.</summary>
    public const string SchemaId = "retroact.impact.v1";

    /// <summary>The amendment or reform the motions rely on (e.g. "782", or an overlay file's name).</summary>
    public required string Amendment { get; init; }

    /// <summary>The effective date of the reduction orders.</summary>
    public required LocalDate OrderEffectiveDate { get; init; }

    /// <summary>Where the population came from (a file, or the generated default with its as-of date and seed).</summary>
    public required string Population { get; init; }

    /// <summary>What a reader must know about the amendment as run, e.g. a reform treated as listed on another day than its file's; <c>null</c> when nothing.</summary>
    public string? AmendmentNote { get; init; }

    /// <summary>Rows read, accepted, rejected, unevaluable, and resting on assumptions.</summary>
    public required InputSummary Input { get; init; }

    /// <summary>Eligible count and share.</summary>
    public required EligibilitySummary Eligible { get; init; }

    /// <summary>Cases not eligible, by reason code, in the engine's order.</summary>
    public required IReadOnlyList<CodeCount> IneligibleByReason { get; init; }

    /// <summary>How much eligible terms are cut.</summary>
    public required ReductionSummary ReductionMonths { get; init; }

    /// <summary>When people leave.</summary>
    public required ReleaseSummary Releases { get; init; }

    /// <summary>Where the people released by an order go, by disposition code.</summary>
    public required IReadOnlyList<CodeCount> Dispositions { get; init; }

    /// <summary>Custody days saved, in bed-years of 365.25 days.</summary>
    public required decimal BedYearsSaved { get; init; }

    /// <summary>The cost of the custody saved, by fiscal year.</summary>
    public required DollarSummary DollarsSaved { get; init; }

    /// <summary>Every count by race, ethnicity, citizenship, sex, drug, criminal history category, district and custody.</summary>
    public required IReadOnlyList<BreakdownTable> Breakdowns { get; init; }

    /// <summary>How motions are assumed to be decided (every eligible motion granted, unless <see cref="Discretion"/> is given).</summary>
    public required string GrantAssumption { get; init; }

    /// <summary>The seeded grant-model draws; null when every eligible motion is taken as granted.</summary>
    public DiscretionSummary? Discretion { get; init; }
}

/// <summary>A count under a code (a reason, a disposition).</summary>
/// <param name="Code">The kebab-case code.</param>
/// <param name="Count">How many.</param>
public sealed record CodeCount(string Code, long Count);

/// <summary>What was read.</summary>
/// <param name="Read">Rows read from the population.</param>
/// <param name="Accepted">Rows that passed validation (Accepted + Rejected = Read).</param>
/// <param name="Rejected">Rows rejected, each written to <c>rejects.csv</c>.</param>
/// <param name="Unevaluable">Accepted rows the amendment cannot be evaluated on (a needed field is missing).</param>
/// <param name="AssumptionsFilled">Accepted rows with at least one input filled by a documented assumption.</param>
public sealed record InputSummary(long Read, long Accepted, long Rejected, long Unevaluable, long AssumptionsFilled);

/// <summary>Eligibility.</summary>
/// <param name="Evaluated">Accepted rows evaluated (Accepted − Unevaluable).</param>
/// <param name="Count">Eligible cases.</param>
/// <param name="Share">Count / Evaluated, to 4 places (0 when nothing was evaluated).</param>
public sealed record EligibilitySummary(long Evaluated, long Count, decimal Share);

/// <summary>Months cut, over eligible cases.</summary>
/// <param name="Mean">Mean months cut (2 places).</param>
/// <param name="Median">Median months cut (the mean of the two middle values for an even count).</param>
/// <param name="MeanPercent">Mean cut as a percentage of the term (2 places).</param>
/// <param name="MedianPercent">Median cut as a percentage of the term.</param>
/// <param name="Histogram">Eligible cases in 6-month bins of the cut, the last bin open-ended.</param>
/// <param name="Bands">Evaluated cases in bands of the cut.</param>
public sealed record ReductionSummary(
    decimal Mean, decimal Median, decimal MeanPercent, decimal MedianPercent, IReadOnlyList<HistogramBin> Histogram, ReductionBands Bands);

/// <summary>Cases whose cut is at least <paramref name="FromMonths"/> and below <paramref name="ToMonths"/> (no upper end when null).</summary>
/// <param name="FromMonths">Lower end, included.</param>
/// <param name="ToMonths">Upper end, excluded; null for the last bin.</param>
/// <param name="Count">Cases in the bin.</param>
public sealed record HistogramBin(int FromMonths, int? ToMonths, long Count);

/// <summary>Evaluated cases by the size of the cut.</summary>
/// <param name="None">No cut (not eligible).</param>
/// <param name="Under12">1 to 11 months.</param>
/// <param name="From12To24">12 to 23 months.</param>
/// <param name="From24To60">24 to 60 months.</param>
/// <param name="Over60">61 months or more.</param>
public sealed record ReductionBands(long None, long Under12, long From12To24, long From24To60, long Over60);

/// <summary>Releases moved by granted motions.</summary>
/// <param name="Total">Releases moved by an order.</param>
/// <param name="FirstDay">The first release day (after the weekend and holiday rule); null when nobody is released.</param>
/// <param name="FirstDayCount">Releases on the first day.</param>
/// <param name="FirstWeek">Releases on each of the 7 days from the first day.</param>
/// <param name="Immediate">Releases whose new projected date is on or before the order's effective date (the first wave).</param>
/// <param name="FirstYear">Releases before the order's effective date plus one year.</param>
/// <param name="ByYear">Releases by calendar year, 30 years from the first day's year.</param>
/// <param name="Later">Releases after those 30 years.</param>
/// <param name="FirstDayDispositions">Where the first day's releases go.</param>
/// <param name="FirstWeekDispositions">Where the first week's releases go.</param>
/// <param name="ReleasedBeforeOrder">Cases whose range falls but who are out before any order could take effect: the engine decides them moot (no-reduction-available).</param>
/// <param name="WithoutReleaseDate">Eligible cases with no release date planned: no custody data, or custody facts the planner refused (the reason is in the case's note).</param>
public sealed record ReleaseSummary(
    long Total,
    LocalDate? FirstDay,
    long FirstDayCount,
    IReadOnlyList<DayCount> FirstWeek,
    long Immediate,
    long FirstYear,
    IReadOnlyList<YearCount> ByYear,
    long Later,
    IReadOnlyList<CodeCount> FirstDayDispositions,
    IReadOnlyList<CodeCount> FirstWeekDispositions,
    long ReleasedBeforeOrder,
    long WithoutReleaseDate);

/// <summary>Releases on one day.</summary>
/// <param name="Date">The day.</param>
/// <param name="Count">Releases on it.</param>
public sealed record DayCount(LocalDate Date, long Count);

/// <summary>Releases in one calendar year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Count">Releases in it.</param>
public sealed record YearCount(int Year, long Count);

/// <summary>The cost of the custody saved.</summary>
/// <param name="Total">Dollars, to the cent.</param>
/// <param name="ByFiscalYear">Days saved and their cost in each fiscal year, with the cost figure used and its source.</param>
public sealed record DollarSummary(decimal Total, IReadOnlyList<FiscalYearSaving> ByFiscalYear);

/// <summary>Savings falling in one federal fiscal year.</summary>
/// <param name="FiscalYear">The fiscal year (FY N: Oct 1 of N − 1 to Sep 30 of N).</param>
/// <param name="Days">Custody days saved in it.</param>
/// <param name="Dollars">Their cost, to the cent.</param>
/// <param name="AnnualCost">The annual cost applied.</param>
/// <param name="CostFiscalYear">The fiscal year that cost was published for.</param>
/// <param name="Basis"><c>published</c>, <c>carried-forward</c> or <c>carried-back</c>.</param>
/// <param name="Source">The Federal Register citation of the cost.</param>
public sealed record FiscalYearSaving(int FiscalYear, long Days, decimal Dollars, decimal AnnualCost, int CostFiscalYear, string Basis, string Source);

/// <summary>One dimension's breakdown.</summary>
/// <param name="Dimension">The camelCase dimension name (<c>race</c>, <c>district</c>, ...).</param>
/// <param name="Groups">One row per value present, ordered by value, "unknown" last.</param>
public sealed record BreakdownTable(string Dimension, IReadOnlyList<BreakdownRow> Groups);

/// <summary>Every count of the report for one group.</summary>
/// <param name="Key">The group's value.</param>
/// <param name="Cases">Accepted cases.</param>
/// <param name="Eligible">Eligible cases.</param>
/// <param name="EligibleShare">Eligible / evaluated cases of the group (4 places).</param>
/// <param name="IneligibleByReason">Cases not eligible, by reason.</param>
/// <param name="MeanReductionMonths">Mean months cut over the group's eligible cases.</param>
/// <param name="MeanReductionPercent">Mean cut as a percentage of the term.</param>
/// <param name="Releases">Releases moved by an order.</param>
/// <param name="FirstDayReleases">Releases on the first day.</param>
/// <param name="FirstWeekReleases">Releases in the first week.</param>
/// <param name="FirstYearReleases">Releases within the first year.</param>
/// <param name="Dispositions">Where the group's releases go.</param>
/// <param name="BedYearsSaved">Bed-years saved.</param>
/// <param name="DollarsSaved">Dollars saved.</param>
/// <param name="AssumptionsFilled">Cases resting on a filled assumption.</param>
public sealed record BreakdownRow(
    string Key,
    long Cases,
    long Eligible,
    decimal EligibleShare,
    IReadOnlyList<CodeCount> IneligibleByReason,
    decimal MeanReductionMonths,
    decimal MeanReductionPercent,
    long Releases,
    long FirstDayReleases,
    long FirstWeekReleases,
    long FirstYearReleases,
    IReadOnlyList<CodeCount> Dispositions,
    decimal BedYearsSaved,
    decimal DollarsSaved,
    long AssumptionsFilled);
