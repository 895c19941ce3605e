using System.Collections.Immutable;
using Retroact.Population.Reading;

namespace Retroact.Population.Ussc;

/// <summary>The USSC Individual Offender datafile variables the reader uses (codebook names; <c>docs/population.md</c> maps each to the case).</summary>
internal static class UsscLayout
{
    /// <summary>The numbered variable families read: DRUGTYPn/WGTn and MANDn, n = 1 … this.</summary>
    public const int MaxRepeats = 12;

    /// <summary>Without a sentencing year and month no case exists.</summary>
    public static readonly ImmutableArray<string> Required = ["SENTYR", "SENTMON"];

    /// <summary>Every variable read, in the order the coverage report lists them.</summary>
    public static readonly ImmutableArray<string> Known =
    [
        "USSCIDN", "SENTYR", "SENTMON", "AMENDYR", "GDLINEHI", "BASEHI", "XFOLSOR", "MITCAP", "XCRHISSR", "TOTCHPTS",
        "SENTPTS", "CRIMPTS", "CAROFFAP", "CAROFFLV", "CAROFFEN", "STATMIN", "DRUGMIN", "STATMAX", "SAFE", "BOOKERCD",
        "SENTTOT", "TOTPRISN", "WEAPON", "XMINSOR", "XMAXSOR", "NEWRACE", "HISPORIG", "NEWCIT", "CITIZEN", "MONSEX",
        "AGE", "DISTRICT", "DRUGTYP1", "WGT1", "MAND1",
    ];

    /// <summary>What each analysis needs from a USSC file.</summary>
    public static readonly ImmutableArray<AnalysisRequirement> Requirements =
    [
        AnalysisRequirement.Of("Amendment 782 recalculation", "XFOLSOR", "DRUGTYP1", "WGT1", "XCRHISSR|TOTCHPTS", "SENTTOT|TOTPRISN"),
        AnalysisRequirement.Of("Amendment 821 Part A (status points)", "SENTPTS", "TOTCHPTS"),
        AnalysisRequirement.Of("Amendment 821 Part B (zero-point offenders)", "TOTCHPTS", "WEAPON"),
        AnalysisRequirement.Of("career-offender check", "CAROFFAP", "CAROFFLV"),
        AnalysisRequirement.Of("statutory minimum check", "STATMIN|DRUGMIN", "SAFE|MAND1", "BOOKERCD|MAND1"),
        AnalysisRequirement.Of("life terms told apart from terms of 470 months or more", "TOTPRISN"),
        AnalysisRequirement.Of("mitigating-role cap", "MITCAP"),
        AnalysisRequirement.Of("Manual edition used, when not the one in force", "AMENDYR"),
        AnalysisRequirement.Of("breakdowns by race, ethnicity, citizenship, sex, age, district", "NEWRACE|HISPORIG", "NEWCIT|CITIZEN", "MONSEX", "AGE", "DISTRICT"),
    ];
}
