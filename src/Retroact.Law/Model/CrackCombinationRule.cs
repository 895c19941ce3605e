namespace Retroact.Law.Model;

/// <summary>
/// A period-specific rule for cocaine base combined with other controlled substances (USSG §2D1.1 comment. n.10(D),
/// Nov. 1, 2007 – Oct. 31, 2010). Editions without one convert cocaine base by its ordinary equivalency.
/// </summary>
/// <param name="Source">The law file the rule was read from.</param>
/// <param name="Citation">The note and amendment that state the rule.</param>
public abstract record CrackCombinationRule(string Source, string Citation);

/// <summary>
/// Amendment 706 as amended by 711 (Nov. 1, 2007 – Apr. 30, 2008): determine the level for the cocaine base alone, then
/// convert each gram of it at the marihuana ratio listed for that level, and add the other drugs' equivalents.
/// </summary>
/// <param name="Source">The law file.</param>
/// <param name="Citation">n.10(D) as rewritten by Amend. 711.</param>
/// <param name="MarihuanaGramsPerGramByLevel">Grams of marihuana per gram of cocaine base, by the cocaine-base level.</param>
/// <param name="MinimumLevel">The stimulant heading's minimum level (12) for a combination including cocaine base.</param>
/// <param name="MinimumLevelCitation">Where that proviso is stated.</param>
public sealed record PerLevelCrackRatios(
    string Source,
    string Citation,
    IReadOnlyDictionary<int, decimal> MarihuanaGramsPerGramByLevel,
    int MinimumLevel,
    string MinimumLevelCitation)
    : CrackCombinationRule(Source, Citation);

/// <summary>
/// Amendment 715 (May 1, 2008 – Oct. 31, 2010): reduce the combined level by <see cref="Reduction"/>, except when the
/// cocaine base is at least <see cref="ExceptAtLeastGrams"/> or less than <see cref="ExceptLessThanGrams"/>, or when the
/// reduced level would fall below the level for the other substances alone.
/// </summary>
/// <param name="Source">The law file.</param>
/// <param name="Citation">n.10(D) as replaced by Amend. 715.</param>
/// <param name="Reduction">Levels subtracted from the combined level (2).</param>
/// <param name="ExceptAtLeastGrams">Cocaine base at or above this (4,500 g) gets no reduction.</param>
/// <param name="ExceptLessThanGrams">Cocaine base below this (0.25 g) gets no reduction.</param>
public sealed record TwoLevelCrackReduction(string Source, string Citation, int Reduction, decimal ExceptAtLeastGrams, decimal ExceptLessThanGrams)
    : CrackCombinationRule(Source, Citation);
