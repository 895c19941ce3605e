namespace Retroact.Law.Model;

/// <summary>
/// USSG §5C1.2(b): for a defendant who meets the safety-valve criteria and whose statutory minimum is at least five years,
/// a floor under the guideline calculation. Which form applies depends on the edition.
/// </summary>
/// <param name="Citation">The subsection and edition, or why the edition's text is not encoded.</param>
public abstract record SafetyValveFloor(string Citation)
{
    /// <summary>Statutory minimum, in months, from which the floor applies ("at least five years").</summary>
    public const int FromStatutoryMinimumMonths = 60;

    /// <summary>
    /// The level at and above which no known form of the floor binds: level 17 (2016 text), and a range of 24 to 30 months
    /// (2025 text), which is the level-17 range in category I. Used to decide when an unencoded floor could matter.
    /// </summary>
    public const int HighestKnownFloorLevel = 17;
}

/// <summary>"The offense level applicable from Chapters Two and Three shall be not less than level <see cref="Level"/>."</summary>
/// <param name="Citation">The subsection and edition.</param>
/// <param name="Level">The floor (17).</param>
public sealed record OffenseLevelFloor(string Citation, int Level) : SafetyValveFloor(Citation);

/// <summary>"The applicable guideline range shall not be less than <see cref="MinimumMonths"/> to <see cref="MaximumMonths"/> months."</summary>
/// <param name="Citation">The subsection and edition.</param>
/// <param name="MinimumMonths">The floor under the range minimum (24).</param>
/// <param name="MaximumMonths">The floor under the range maximum (30).</param>
public sealed record RangeFloor(string Citation, int MinimumMonths, int MaximumMonths) : SafetyValveFloor(Citation);

/// <summary>
/// The edition has no §5C1.2(b) floor: before Amendment 624 (eff. Nov. 1, 2001) §5C1.2 was a single paragraph, and the
/// guideline calculation of a safety-valve case stands as it is.
/// </summary>
/// <param name="Citation">The text showing there was no floor.</param>
public sealed record NoSafetyValveFloor(string Citation) : SafetyValveFloor(Citation);

/// <summary>
/// The edition's §5C1.2(b) text was not read for this encoding: a case where a floor could matter is rejected with an
/// error instead of a guessed answer.
/// </summary>
/// <param name="Citation">Why the text is not encoded.</param>
public sealed record FloorNotEncoded(string Citation) : SafetyValveFloor(Citation);
