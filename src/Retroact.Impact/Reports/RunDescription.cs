using NodaTime;

namespace Retroact.Impact.Reports;

/// <summary>What a run was asked to do and what it read, besides the outcome rows themselves.</summary>
/// <param name="Amendment">The amendment or reform label.</param>
/// <param name="OrderEffectiveDate">The orders' effective date.</param>
/// <param name="Population">Where the population came from.</param>
/// <param name="Read">Rows read.</param>
/// <param name="Rejected">Rows rejected by validation (the others are the outcome rows).</param>
/// <param name="AmendmentNote">What a reader must know about the amendment as run (a reform moved to another day); <c>null</c> when nothing.</param>
public sealed record RunDescription(string Amendment, LocalDate OrderEffectiveDate, string Population, long Read, long Rejected, string? AmendmentNote = null);
