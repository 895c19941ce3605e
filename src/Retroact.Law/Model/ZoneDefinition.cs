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
    private readonly ZoneBand[] _bands;
    private readonly int[] _minimumFrom;

    internal ZoneDefinition(string source, IReadOnlyList<ZoneBand> bands)
    {
        Source = source;
        _bands = [.. bands];
        _minimumFrom = Array.ConvertAll(_bands, b => b.MinimumFrom);
        Bands = Array.AsReadOnly(_bands);
    }

    /// <summary>The law file the definition was read from.</summary>
    public string Source { get; }

    /// <summary>The bands in ascending order of <see cref="ZoneBand.MinimumFrom"/>; the first starts at 0.</summary>
    public IReadOnlyList<ZoneBand> Bands { get; }

    /// <summary>The band that contains a range with minimum <paramref name="minimum"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // small, on every decision: inlined without dynamic PGO too (TieredPGO off in the CLI, Native AOT)
    public ZoneBand BandFor(Months minimum)
    {
        if (minimum.IsLife)
        {
            return _bands[^1];
        }

        var bounds = _minimumFrom;
        for (var i = bounds.Length - 1; i > 0; i--)
        {
            if (minimum.Count >= bounds[i])
            {
                return _bands[i];
            }
        }

        return _bands[0];
    }
}
