using System.Collections.Immutable;
using Retroact.Population.Reading;

namespace Retroact.Population.Native;

/// <summary>
/// The columns of the native CSV and Parquet formats: case format v1 flattened, one column per scalar, drugs as
/// repeated <c>drugN…</c> columns, lists joined with ';'. <c>docs/native-csv-format.md</c> documents each column.
/// </summary>
public static class NativeLayout
{
#pragma warning disable CS1591 // Column names: each is documented in docs/native-csv-format.md.
    public const string Id = "id";
    public const string SentencedOn = "sentencedOn";
    public const string Manual = "manual";
    public const string Guideline = "guideline";
    public const string BaseOffenseLevel = "baseOffenseLevel";
    public const string TotalOffenseLevel = "totalOffenseLevel";
    public const string OffenseLevelAdjustments = "offenseLevelAdjustments";
    public const string MitigatingRole = "mitigatingRole";
    public const string CriminalHistoryCategory = "criminalHistoryCategory";
    public const string CriminalHistoryPoints = "criminalHistoryPoints";
    public const string StatusPoints = "statusPoints";
    public const string ZeroPointDisqualifiers = "zeroPointDisqualifiers";
    public const string CareerOffenderLevel = "careerOffenderLevel";
    public const string StatutoryMinimumMonths = "statutoryMinimumMonths";
    public const string StatutoryMaximumMonths = "statutoryMaximumMonths";
    public const string SafetyValve = "safetyValve";
    public const string SubstantialAssistance = "substantialAssistance";
    public const string TermMonths = "termMonths";
    public const string Life = "life";
    public const string ConsecutiveMonths = "consecutiveMonths";
    public const string CustodyCommencedOn = "custodyCommencedOn";
    public const string PriorCustodyDays = "priorCustodyDays";
    public const string CustodyStatus = "custodyStatus";
    public const string GctDisallowedDays = "gctDisallowedDays";
    public const string Citizenship = "citizenship";
    public const string Detainers = "detainers";
    public const string Race = "race";
    public const string Ethnicity = "ethnicity";
    public const string Sex = "sex";
    public const string District = "district";
    public const string Age = "age";
    public const string Assumed = "assumed";
#pragma warning restore CS1591

    /// <summary>The drug slots a writer emits: enough for every case the generator makes and most real ones.</summary>
    public const int DefaultDrugSlots = 4;

    /// <summary>The substance column of drug slot <paramref name="slot"/> (1-based).</summary>
    public static string DrugSubstance(int slot) => $"drug{slot}Substance";

    /// <summary>The grams column of drug slot <paramref name="slot"/> (1-based).</summary>
    public static string DrugGrams(int slot) => $"drug{slot}Grams";

    /// <summary>The units column of drug slot <paramref name="slot"/> (1-based).</summary>
    public static string DrugUnits(int slot) => $"drug{slot}Units";

    /// <summary>The columns without which no row can be read.</summary>
    public static readonly ImmutableArray<string> Required = [Id, SentencedOn];

    /// <summary>The full header with <paramref name="drugSlots"/> drug slots, in the order writers emit it.</summary>
    public static ImmutableArray<string> Header(int drugSlots = DefaultDrugSlots)
    {
        var columns = new List<string> { Id, SentencedOn, Manual, Guideline };
        for (var slot = 1; slot <= drugSlots; slot++)
        {
            columns.Add(DrugSubstance(slot));
            columns.Add(DrugGrams(slot));
            columns.Add(DrugUnits(slot));
        }

        columns.AddRange([
            BaseOffenseLevel, TotalOffenseLevel, OffenseLevelAdjustments, MitigatingRole,
            CriminalHistoryCategory, CriminalHistoryPoints, StatusPoints, ZeroPointDisqualifiers, CareerOffenderLevel,
            StatutoryMinimumMonths, StatutoryMaximumMonths, SafetyValve, SubstantialAssistance,
            TermMonths, Life, ConsecutiveMonths,
            CustodyCommencedOn, PriorCustodyDays, CustodyStatus, GctDisallowedDays,
            Citizenship, Detainers, Race, Ethnicity, Sex, District, Age, Assumed,
        ]);
        return [.. columns];
    }

    /// <summary>What each analysis needs from a native file.</summary>
    public static readonly ImmutableArray<AnalysisRequirement> Requirements =
    [
        AnalysisRequirement.Of("guideline range (any recalculation)", $"{TotalOffenseLevel}|{BaseOffenseLevel}|{DrugSubstance(1)}", $"{CriminalHistoryCategory}|{CriminalHistoryPoints}"),
        AnalysisRequirement.Of("drug amendments (782, 750, 706/711) from quantities", DrugSubstance(1), $"{DrugGrams(1)}|{DrugUnits(1)}"),
        AnalysisRequirement.Of("reduced term", $"{TermMonths}|{Life}"),
        AnalysisRequirement.Of("Amendment 821 Part A (status points)", CriminalHistoryPoints, StatusPoints),
        AnalysisRequirement.Of("Amendment 821 Part B (zero-point offenders)", CriminalHistoryPoints, ZeroPointDisqualifiers),
        AnalysisRequirement.Of("career-offender check", CareerOffenderLevel),
        AnalysisRequirement.Of("statutory minimum check", StatutoryMinimumMonths, SafetyValve, SubstantialAssistance),
        AnalysisRequirement.Of("release dates", CustodyCommencedOn, PriorCustodyDays),
        AnalysisRequirement.Of("disposition on release", CustodyStatus, $"{Detainers}|{Citizenship}"),
        AnalysisRequirement.Of("breakdowns by race, ethnicity, sex, district", Race, Ethnicity, Sex, District),
    ];
}
