using System.Runtime.CompilerServices;

namespace Retroact.Law.Model;

/// <summary>One zone band: ranges whose minimum is at least <see cref="MinimumFrom"/> months (and below the next band's) are in <see cref="Zone"/>.</summary>
/// <param name="Zone">The zone.</param>
/// <param name="MinimumFrom">The lowest range minimum, in months, in this zone.</param>
/// <param name="Citation">The text that defines the band.</param>
public sealed record ZoneBand(Zone Zone, int MinimumFrom, string Citation);

/// <summary>
/// The zone definitions in force for an edition (Amend. 462, Nov. 1, 1992; Amend. 738, Nov. 1, 2010): zones by the minimum of the range.
/// A life minimum is always Zone D.
/// </summary>
public sealed class ZoneDefinition
{
    /// <summary>The band for each range minimum from 0 months to the last band's first (a look-up, not a search, on every case).</summary>
    private readonly ZoneBand[] _bandByMinimum;

    /// <summary>The zone of each entry of <see cref="_bandByMinimum"/>, read without following the band's reference.</summary>
    private readonly Zone[] _zoneByMinimum;

    internal ZoneDefinition(string source, IReadOnlyList<ZoneBand> bands)
    {
        Source = source;
        Bands = Array.AsReadOnly(bands.ToArray());
        _bandByMinimum = BandTable.ByValue(bands, b => b.MinimumFrom);
        _zoneByMinimum = Array.ConvertAll(_bandByMinimum, b => b.Zone);
    }

    /// <summary>The law file the definition was read from.</summary>
    public string Source { get; }

    /// <summary>The bands in ascending order of <see cref="ZoneBand.MinimumFrom"/>; the first starts at 0.</summary>
    public IReadOnlyList<ZoneBand> Bands { get; }

    /// <summary>The band that contains a range with minimum <paramref name="minimum"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    public ZoneBand BandFor(Months minimum) => _bandByMinimum[Index(minimum)];

    /// <summary>The zone of a range with minimum <paramref name="minimum"/>: <see cref="BandFor"/>'s zone, in one read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // on every calculation
    public Zone ZoneFor(Months minimum) => _zoneByMinimum[Index(minimum)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Index(Months minimum) => minimum.IsLife ? _bandByMinimum.Length - 1 : Math.Clamp(minimum.Count, 0, _bandByMinimum.Length - 1);
}
