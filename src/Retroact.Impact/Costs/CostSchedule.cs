using System.Globalization;
using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Impact.DataFiles;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Costs;

/// <summary>
/// The dated BOP cost-of-incarceration parameter (<c>law/costs/bop-cost-of-incarceration.csv</c>): the annual cost per
/// fiscal year and the cost of one day in custody, which is the annual cost divided by the days of that fiscal year
/// (the Bureau's own method, 28 CFR part 505 notices). Money is kept in whole micro-dollars so sums are exact and
/// independent of the order of addition.
/// </summary>
public sealed class CostSchedule
{
    private const string ResourceName = "Retroact.Impact.law.costs.bop-cost-of-incarceration.csv";
    private const string Header = "fiscalYear,annualCost,source";

    private readonly IncarcerationCost[] _figures;

    private CostSchedule(IncarcerationCost[] figures) => _figures = figures;

    /// <summary>The schedule shipped with Retroact.</summary>
    public static CostSchedule Default { get; } = LoadDefault();

    private static CostSchedule LoadDefault()
    {
        using var stream = typeof(CostSchedule).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader, "law/costs/bop-cost-of-incarceration.csv");
    }

    /// <summary>
    /// Reads a cost file: <c>#</c> comment lines, the header <c>fiscalYear,annualCost,source</c>, then one line per fiscal
    /// year in ascending order. Throws <see cref="FormatException"/> naming the file, line, field and value on any fault.
    /// </summary>
    public static CostSchedule Parse(TextReader reader, string fileName)
    {
        var figures = new List<IncarcerationCost>();
        foreach (var (line, lineNumber) in CommentedCsvLines.Read(reader, fileName, Header))
        {
            figures.Add(ParseLine(line, fileName, lineNumber, figures.Count > 0 ? figures[^1].FiscalYear : (int?)null));
        }

        return figures.Count > 0
            ? new CostSchedule([.. figures])
            : throw new FormatException($"{fileName}: no cost figures (a header '{Header}' and at least one line are required)");
    }

    private static IncarcerationCost ParseLine(string line, string fileName, int lineNumber, int? previousYear)
    {
        var first = line.IndexOf(',', StringComparison.Ordinal);
        var second = first < 0 ? -1 : line.IndexOf(',', first + 1);
        if (second < 0)
        {
            throw new FormatException($"{fileName}:{lineNumber}: expected 3 fields (fiscalYear,annualCost,source), got '{line}'");
        }

        var yearText = line[..first];
        var costText = line[(first + 1)..second];
        var source = line[(second + 1)..].Trim().Trim('"');
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
        {
            throw new FormatException($"{fileName}:{lineNumber}: fiscalYear '{yearText}' is not a year between 1900 and 2200");
        }

        if (previousYear is { } previous && year <= previous)
        {
            throw new FormatException($"{fileName}:{lineNumber}: fiscalYear {year} does not follow {previous}; years must ascend");
        }

        if (!decimal.TryParse(costText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cost) || cost <= 0)
        {
            throw new FormatException($"{fileName}:{lineNumber}: annualCost '{costText}' is not a positive amount in dollars");
        }

        return source.Length > 0
            ? new IncarcerationCost(year, cost, source)
            : throw new FormatException($"{fileName}:{lineNumber}: source is empty; every figure needs its Federal Register citation");
    }

    /// <summary>The federal fiscal year a date falls in: FY N runs from Oct 1 of N − 1 through Sep 30 of N.</summary>
    public static int FiscalYearOf(LocalDate date) => date.Month >= 10 ? date.Year + 1 : date.Year;

    /// <summary>The first day of fiscal year <paramref name="fiscalYear"/> (Oct 1 of the year before).</summary>
    public static LocalDate FiscalYearStart(int fiscalYear) => new(fiscalYear - 1, 10, 1);

    /// <summary>The calendar days in fiscal year <paramref name="fiscalYear"/>: 366 when it holds a Feb 29, else 365.</summary>
    public static int DaysInFiscalYear(int fiscalYear) =>
        Period.DaysBetween(FiscalYearStart(fiscalYear), FiscalYearStart(fiscalYear + 1));

    /// <summary>The figure applied to <paramref name="fiscalYear"/>: its own, else the nearest earlier one (carried forward), else the first (carried back).</summary>
    public AppliedCost CostFor(int fiscalYear)
    {
        for (var i = _figures.Length - 1; i >= 0; i--)
        {
            if (_figures[i].FiscalYear <= fiscalYear)
            {
                return new AppliedCost(fiscalYear, _figures[i],
                    _figures[i].FiscalYear == fiscalYear ? CostBasis.Published : CostBasis.CarriedForward);
            }
        }

        return new AppliedCost(fiscalYear, _figures[0], CostBasis.CarriedBack);
    }

    /// <summary>The cost of one day of custody in fiscal year <paramref name="fiscalYear"/>, in micro-dollars, rounded half away from zero.</summary>
    public long MicroDollarsPerDay(int fiscalYear) =>
        (long)Math.Round(CostFor(fiscalYear).Figure.AnnualCost * 1_000_000m / DaysInFiscalYear(fiscalYear), MidpointRounding.AwayFromZero);

    /// <summary>
    /// The running cost of custody from <paramref name="firstDay"/>: element i is the cost, in micro-dollars, of the
    /// days <paramref name="firstDay"/> .. <paramref name="firstDay"/> + i − 1, for i = 0 .. <paramref name="days"/>.
    /// The cost of the days [a, b) is then <c>table[b − firstDay] − table[a − firstDay]</c>.
    /// </summary>
    public long[] CumulativeMicroDollars(int firstDay, int days)
    {
        var table = new long[days + 1];
        var date = DayNumbers.ToDate(firstDay);
        var fiscalYear = FiscalYearOf(date);
        var perDay = MicroDollarsPerDay(fiscalYear);
        var nextYearStart = DayNumbers.Of(FiscalYearStart(fiscalYear + 1));
        for (var i = 0; i < days; i++)
        {
            if (firstDay + i == nextYearStart)
            {
                fiscalYear++;
                perDay = MicroDollarsPerDay(fiscalYear);
                nextYearStart = DayNumbers.Of(FiscalYearStart(fiscalYear + 1));
            }

            table[i + 1] = table[i] + perDay;
        }

        return table;
    }
}
