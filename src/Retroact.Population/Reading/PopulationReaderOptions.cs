using Retroact.Law.Cases;

namespace Retroact.Population.Reading;

/// <summary>
/// The documented assumptions that fill what a USSC datafile lacks but the engine needs. Every value filled this way
/// is flagged on its record (<see cref="Records.AssumedFields"/>). Defaults are in <c>docs/population.md</c>.
/// </summary>
public sealed record PopulationReaderOptions
{
    /// <summary>The defaults described in <c>docs/population.md</c>.</summary>
    public static PopulationReaderOptions Default { get; } = new();

    /// <summary>
    /// Day of the month taken as the sentencing day when only SENTYR/SENTMON are given; 15 (mid-month) by default,
    /// so the error is at most about half a month either way. Clamped to the month's length.
    /// </summary>
    public int SentencingDay { get; init; } = 15;

    /// <summary>Days from sentencing to commencement (18 U.S.C. §3585(a)); 0 by default: a defendant detained at sentencing is "received in custody awaiting transportation" that day.</summary>
    public int CommencementDelayDays { get; init; }

    /// <summary>Days of §3585(b) prior custody credit; 0 by default, which errs toward a later release.</summary>
    public int PriorCustodyDays { get; init; }

    /// <summary>Where a person is held when the data do not say; an institution by default.</summary>
    public CustodyStatus CustodyStatus { get; init; } = CustodyStatus.Institution;

    /// <summary>
    /// The size a CSV file is cut into for parsing on every core: each block runs on to the next row boundary. 1 MiB
    /// by default; a small size only matters to tests, which use it to put block boundaries inside rows and quoted fields.
    /// </summary>
    public int BlockBytes { get; init; } = 1 << 20;

    /// <summary>When true (the default), a non-citizen is given an ICE detainer; a citizen is given none either way.</summary>
    public bool IceDetainerForNonCitizens { get; init; } = true;
}
