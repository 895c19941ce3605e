using System.Runtime.CompilerServices;
using Retroact.Law.Cases;

namespace Retroact.Law.Model;

/// <summary>One criminal history category band (Sentencing Table column heads): from <see cref="FromPoints"/> points.</summary>
/// <param name="Category">The category.</param>
/// <param name="FromPoints">The fewest points in the category.</param>
/// <param name="Citation">The provision.</param>
public sealed record CategoryBand(CriminalHistoryCategory Category, int FromPoints, string Citation);

/// <summary>
/// The status-points rule of §4A1.1: before Amendment 821, §4A1.1(d) added 2 points for any offense committed under a
/// criminal justice sentence (<see cref="MinimumOtherPoints"/> = 0); from Nov. 1, 2023, §4A1.1(e) adds 1 point only when
/// the defendant has at least 7 other points.
/// </summary>
/// <param name="Points">Points added.</param>
/// <param name="MinimumOtherPoints">The fewest points under the other subsections for the status points to be added.</param>
/// <param name="Citation">The subsection and edition.</param>
public sealed record StatusPointsRule(int Points, int MinimumOtherPoints, string Citation)
{
    /// <summary>The status points a defendant with <paramref name="otherPoints"/> points who offended under a sentence receives.</summary>
    public int PointsFor(int otherPoints) => otherPoints >= MinimumOtherPoints ? Points : 0;
}

/// <summary>
/// §4C1.1 (Amend. 821, Nov. 1, 2023): a decrease for a defendant with no criminal history points who meets every criterion.
/// </summary>
/// <param name="Decrease">Levels subtracted (2).</param>
/// <param name="Disqualifiers">The criteria, as the ids a case uses in <c>zeroPointDisqualifiers</c>.</param>
/// <param name="Citation">The section and edition.</param>
public sealed record ZeroPointOffenderRule(int Decrease, IReadOnlyList<string> Disqualifiers, string Citation);

/// <summary>Criminal history points to category (Ch. 5 Pt. A; §4A1.1), with the edition's status-points rule.</summary>
public sealed class CriminalHistoryRules
{
    /// <summary>The band for each number of points from 0 to the last band's first (a look-up, not a search, on every case).</summary>
    private readonly CategoryBand[] _bandByPoints;

    /// <summary>The category of each entry of <see cref="_bandByPoints"/>, read without following the band's reference.</summary>
    private readonly CriminalHistoryCategory[] _categoryByPoints;

    internal CriminalHistoryRules(string source, IReadOnlyList<CategoryBand> bands)
    {
        Source = source;
        Bands = Array.AsReadOnly(bands.ToArray());
        _bandByPoints = BandTable.ByValue(bands, b => b.FromPoints);
        _categoryByPoints = Array.ConvertAll(_bandByPoints, b => b.Category);
    }

    /// <summary>The law file.</summary>
    public string Source { get; }

    /// <summary>The categories in ascending order of points; the first starts at 0.</summary>
    public IReadOnlyList<CategoryBand> Bands { get; }

    /// <summary>The band for <paramref name="points"/> (≥ 0; fewer counts as 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    public CategoryBand BandFor(int points) => _bandByPoints[Math.Clamp(points, 0, _bandByPoints.Length - 1)];

    /// <summary>The category for <paramref name="points"/>: <see cref="BandFor"/>'s category, in one read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // on every calculation
    public CriminalHistoryCategory CategoryFor(int points) => _categoryByPoints[Math.Clamp(points, 0, _categoryByPoints.Length - 1)];
}
