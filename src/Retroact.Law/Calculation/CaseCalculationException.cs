using Retroact.Law.Cases;

namespace Retroact.Law.Calculation;

/// <summary>A case cannot be calculated under the law as encoded; <see cref="Error"/> names the case, field, value and what is needed.</summary>
public sealed class CaseCalculationException : Exception
{
    /// <summary>Creates the error.</summary>
    public CaseCalculationException(CaseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message) => Error = error;

    /// <summary>The case, field, value and what is allowed or needed.</summary>
    public CaseError Error { get; }
}
