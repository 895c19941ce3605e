using NodaTime;
using Retroact.Law.Cases;

namespace Retroact.Custody.Tests.Release;

/// <summary>Builds cases for the release tests.</summary>
internal static class TestCases
{
    public static Case Case(
        LocalDate commenced,
        int? termMonths = 120,
        int prior = 0,
        CustodyStatus status = CustodyStatus.Institution,
        Detainer[]? detainers = null,
        bool life = false,
        int consecutive = 0,
        int disallowed = 0) => new()
        {
            Id = "case-1",
            SentencedOn = commenced,
            TermMonths = termMonths,
            Life = life,
            ConsecutiveMonths = consecutive,
            Custody = new CustodyFacts { CommencedOn = commenced, PriorCustodyDays = prior, Status = status, GctDisallowedDays = disallowed },
            Detainers = [.. detainers ?? []],
        };
}
