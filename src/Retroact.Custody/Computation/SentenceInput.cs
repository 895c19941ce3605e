using NodaTime;
using Retroact.Law.Cases;

namespace Retroact.Custody.Computation;

/// <summary>What the Bureau of Prisons' sentence computation needs from a case.</summary>
/// <param name="CaseId">The case id, echoed in errors.</param>
/// <param name="CommencedOn">The day the sentence commenced (18 U.S.C. §3585(a)).</param>
/// <param name="PriorCustodyDays">Days of prior custody credit (18 U.S.C. §3585(b)); 0 or more.</param>
/// <param name="GctDisallowedDays">Good conduct time disallowed or forfeited, in days; 0 or more.</param>
/// <param name="Term">The aggregate term: the guideline counts plus any consecutive term.</param>
public readonly record struct SentenceInput(string CaseId, LocalDate CommencedOn, int PriorCustodyDays, int GctDisallowedDays, SentenceTerm Term)
{
    /// <summary>
    /// The input for <paramref name="case"/> as it stands: <see cref="Case.TermMonths"/> (or life) plus
    /// <see cref="Case.ConsecutiveMonths"/>. The case must have passed <see cref="Validation.CustodyInputValidator"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The case has no custody facts.</exception>
    public static SentenceInput FromCase(Case @case)
    {
        var custody = @case.Custody ?? throw new ArgumentException($"Case '{@case.Id}' has no custody facts.", nameof(@case));
        var term = @case.Life ? SentenceTerm.Life : SentenceTerm.Of((@case.TermMonths ?? 0) + @case.ConsecutiveMonths);
        return new SentenceInput(@case.Id, custody.CommencedOn, custody.PriorCustodyDays, custody.GctDisallowedDays, term);
    }
}
