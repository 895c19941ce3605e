namespace Retroact.Impact.Discretion;

/// <summary>What the seeded draws of a grant model give: the spread of the granted count, savings and first-year releases.</summary>
/// <param name="Model">What the grant model is.</param>
/// <param name="Draws">How many draws were made.</param>
/// <param name="Seed">The seed the draws were made from; the same seed gives the same figures.</param>
/// <param name="Granted">Motions granted.</param>
/// <param name="BedYearsSaved">Bed-years saved by the granted motions.</param>
/// <param name="DollarsSaved">Dollars saved by the granted motions.</param>
/// <param name="FirstYearReleases">Granted motions whose release falls within the first year.</param>
public sealed record DiscretionSummary(
    string Model,
    int Draws,
    ulong Seed,
    Distribution Granted,
    Distribution BedYearsSaved,
    Distribution DollarsSaved,
    Distribution FirstYearReleases);
