namespace Retroact.Impact.Discretion;

/// <summary>What the seeded draws of a grant model give: the spread of the granted count, savings and first-year releases.</summary>
/// <param name="Model">What the grant model is.</param>
/// <param name="Rules">The model's rules in the order tried, each with how many eligible motions it set the rate of.</param>
/// <param name="Draws">How many draws were made.</param>
/// <param name="Seed">The seed the draws were made from; the same seed gives the same figures.</param>
/// <param name="Granted">Motions granted.</param>
/// <param name="BedYearsSaved">Bed-years saved by the granted motions.</param>
/// <param name="DollarsSaved">Dollars saved by the granted motions.</param>
/// <param name="FirstYearReleases">Granted motions whose release falls within the first year.</param>
public sealed record DiscretionSummary(
    string Model,
    IReadOnlyList<RuleUse> Rules,
    int Draws,
    ulong Seed,
    Distribution Granted,
    Distribution BedYearsSaved,
    Distribution DollarsSaved,
    Distribution FirstYearReleases)
{
    /// <summary>Equal when every figure and every rule (in order) is equal: the same model, draws and seed give equal summaries.</summary>
    public bool Equals(DiscretionSummary? other) =>
        other is not null && Model == other.Model && Rules.SequenceEqual(other.Rules) && Draws == other.Draws && Seed == other.Seed
        && Granted == other.Granted && BedYearsSaved == other.BedYearsSaved && DollarsSaved == other.DollarsSaved
        && FirstYearReleases == other.FirstYearReleases;

    /// <summary>The rules other than <c>default</c> that set the rate of no eligible motion (<see cref="RuleUse.SetNoRate"/>).</summary>
    public IEnumerable<RuleUse> RulesSettingNoRate => Rules.Where(use => use.SetNoRate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Model, Rules.Count, Draws, Seed, Granted, BedYearsSaved, DollarsSaved, FirstYearReleases);
}
