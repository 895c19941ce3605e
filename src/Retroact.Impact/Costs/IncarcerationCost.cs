namespace Retroact.Impact.Costs;

/// <summary>One published figure: the Bureau of Prisons' average annual cost of incarceration for a fiscal year, with its Federal Register source.</summary>
/// <param name="FiscalYear">The federal fiscal year (FY2015 runs Oct 1, 2014 to Sep 30, 2015).</param>
/// <param name="AnnualCost">The annual cost in dollars as published.</param>
/// <param name="Source">The Federal Register citation the figure was read in.</param>
public sealed record IncarcerationCost(int FiscalYear, decimal AnnualCost, string Source);

/// <summary>How the cost used for a fiscal year was obtained.</summary>
public enum CostBasis
{
    /// <summary>Published for that very fiscal year.</summary>
    Published,
    /// <summary>No figure for that year: the nearest earlier published year's figure is used.</summary>
    CarriedForward,
    /// <summary>Before the first published year in the data: the first figure is used.</summary>
    CarriedBack,
}

/// <summary>The cost applied to one fiscal year of savings, and where it came from.</summary>
/// <param name="FiscalYear">The fiscal year the saved days fall in.</param>
/// <param name="Figure">The published figure used.</param>
/// <param name="Basis">Whether <paramref name="Figure"/> is that year's own figure or one carried from another year.</param>
public sealed record AppliedCost(int FiscalYear, IncarcerationCost Figure, CostBasis Basis);
