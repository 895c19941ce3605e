using System.Globalization;

namespace Retroact.Population.Ussc;

/// <summary>
/// DISTRICT codes (USSC codebook, 0–96) to the district ids the synthetic population uses (e.g. "TX-S"), from
/// <c>data/population/ussc-districts.csv</c>, so breakdowns by district read the same for USSC files and generated ones.
/// Codes 21, 59 and 92 are not in the codebook.
/// </summary>
internal static class UsscDistricts
{
    /// <summary>The highest DISTRICT code in the codebook (Louisiana Middle).</summary>
    public const int MaxCode = 96;

    private static readonly string?[] Ids = Load();

    /// <summary>The district id of <paramref name="code"/> in 0–<see cref="MaxCode"/>, or null for a code the codebook does not use.</summary>
    public static string? Id(int code) => Ids[code];

    private static string?[] Load()
    {
        var ids = new string?[MaxCode + 1];
        foreach (var row in DataFiles.Rows("ussc-districts.csv"))
        {
            ids[int.Parse(row["code"], CultureInfo.InvariantCulture)] = row["district"];
        }

        return ids;
    }
}
