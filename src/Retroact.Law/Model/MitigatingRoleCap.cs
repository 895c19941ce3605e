using NodaTime;

namespace Retroact.Law.Model;

/// <summary>The paragraph of §2D1.1 that held the mitigating-role cap from <see cref="From"/>.</summary>
/// <param name="From">First day the paragraph bore this number.</param>
/// <param name="Paragraph">The paragraph, e.g. "(a)(3)" or "(a)(5)".</param>
/// <param name="Citation">The amendment that set or redesignated it.</param>
public sealed record RoleCapParagraph(LocalDate From, string Paragraph, string Citation);

/// <summary>
/// One band of the §2D1.1(a)(5) mitigating-role cap: a §2D1.1(c) level from <see cref="FromLevel"/> to <see cref="ToLevel"/>
/// is decreased by <see cref="DecreaseBy"/>, or set to <see cref="SetTo"/> (exactly one of the two is given).
/// </summary>
/// <param name="FromLevel">Lowest level the band covers.</param>
/// <param name="ToLevel">Highest level the band covers.</param>
/// <param name="DecreaseBy">Levels to subtract, or <c>null</c>.</param>
/// <param name="SetTo">Level to set, or <c>null</c>.</param>
public sealed record RoleCapBand(int FromLevel, int ToLevel, int? DecreaseBy, int? SetTo)
{
    /// <summary>The level after the band applies to <paramref name="level"/>.</summary>
    public int Apply(int level) => SetTo ?? checked(level - DecreaseBy!.Value);
}

/// <summary>
/// The §2D1.1(a)(5) cap (Amend. 640, 668, 748/750, 833) for a defendant with a §3B1.2 mitigating-role adjustment, applied to
/// the level from §2D1.1(c); then, for a minimal participant, a ceiling on the result when one is in force.
/// </summary>
/// <param name="Source">The law file.</param>
/// <param name="Citation">The subsection, edition and amendment.</param>
/// <param name="Bands">The bands; a level in no band is unchanged.</param>
/// <param name="MinimalParticipantAbove">For a §3B1.2(a) minimal participant, a result above this level ...</param>
/// <param name="MinimalParticipantSetTo">... is set to this level; both <c>null</c> when the edition has no such sentence.</param>
public sealed record MitigatingRoleCap(
    string Source,
    string Citation,
    IReadOnlyList<RoleCapBand> Bands,
    int? MinimalParticipantAbove,
    int? MinimalParticipantSetTo)
{
    /// <summary>
    /// The paragraph of §2D1.1 the cap stood in, from each date, oldest first: (a)(3) from Amend. 640 (Nov. 1, 2002) until
    /// Amend. 727 redesignated it (a)(5) (Nov. 1, 2009). Empty only for a cap built in code without it.
    /// </summary>
    public IReadOnlyList<RoleCapParagraph> Paragraphs { get; init; } = [];

    /// <summary>
    /// The paragraph of §2D1.1 the cap stood in on <paramref name="date"/> (e.g. "(a)(3)"), or "(a)" when
    /// <see cref="Paragraphs"/> gives none for the date.
    /// </summary>
    public string ParagraphOn(LocalDate date)
    {
        var paragraph = "(a)";
        for (var i = 0; i < Paragraphs.Count && Paragraphs[i].From <= date; i++)
        {
            paragraph = Paragraphs[i].Paragraph;
        }

        return paragraph;
    }

    /// <summary>The capped level for a §2D1.1(c) level of <paramref name="level"/>; <paramref name="minimal"/> for a minimal participant.</summary>
    public int Apply(int level, bool minimal)
    {
        var result = level;
        for (var i = 0; i < Bands.Count; i++)
        {
            var band = Bands[i];
            if (level >= band.FromLevel && level <= band.ToLevel)
            {
                result = band.Apply(level);
                break;
            }
        }

        if (minimal && MinimalParticipantAbove is { } above && result > above)
        {
            result = MinimalParticipantSetTo!.Value;
        }

        return result;
    }
}
