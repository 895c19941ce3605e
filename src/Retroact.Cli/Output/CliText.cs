using NodaTime;
using NodaTime.Text;
using Retroact.Law.Calculation;

namespace Retroact.Cli.Output;

/// <summary>Small text helpers shared by the commands: parsing dates the way errors expect, and one-line summaries.</summary>
public static class CliText
{
    /// <summary>Exit code for bad input (the project's convention).</summary>
    public const int BadInput = 2;

    /// <summary>Parses an ISO date, or returns null.</summary>
    public static LocalDate? Date(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } result ? result.Value : null;

    /// <summary>"id: Nov. 1, 2014 Manual; base 30, total 27, category I; range 70–87 months; restricted 70–87; Zone D".</summary>
    public static string Summary(string id, GuidelineFigures f) =>
        $"{id}: {f.Edition.Name}; base {f.BaseOffenseLevel?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(not given)"}, total {f.TotalOffenseLevel}, " +
        $"category {f.Category}{(f.CareerOffender ? " (career offender)" : "")}; range {f.GuidelineRange}{(f.GuidelineRange.Maximum.IsLife ? "" : " months")}; restricted {f.RestrictedRange}; Zone {f.Zone}" +
        (f.Mismatches == FindingMismatch.None ? "" : $"; differs from the findings: {f.Mismatches}");
}
