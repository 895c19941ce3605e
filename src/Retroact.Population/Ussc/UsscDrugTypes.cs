using System.Collections.Frozen;
using System.Globalization;

namespace Retroact.Population.Ussc;

/// <summary>
/// DRUGTYP codes (USSC codebook) to case-format substance ids, from <c>data/population/ussc-drug-types.csv</c>. A valid
/// code (1–<see cref="MaxCode"/>) with no mapping is kept as "ussc-drug-N" so nothing is lost or guessed.
/// </summary>
internal static class UsscDrugTypes
{
    /// <summary>The highest DRUGTYP code in the FY1999–2017 codebook.</summary>
    public const int MaxCode = 182;

    private static readonly FrozenDictionary<int, string> Substances = DataFiles.Rows("ussc-drug-types.csv")
        .ToFrozenDictionary(r => int.Parse(r["code"], CultureInfo.InvariantCulture), r => r["substance"]);

    private static readonly string[] Unmapped = [.. Enumerable.Range(0, MaxCode + 1).Select(c => $"ussc-drug-{c}")];

    /// <summary>The substance id of a code in 1–<see cref="MaxCode"/>.</summary>
    public static string Substance(int code) => Substances.TryGetValue(code, out var id) ? id : Unmapped[code];
}
