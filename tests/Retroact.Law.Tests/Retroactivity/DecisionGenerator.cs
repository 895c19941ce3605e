using NodaTime;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Retroactivity.Amendments;

namespace Retroact.Law.Tests.Retroactivity;

/// <summary>
/// Generated motions: a case from the guideline <see cref="CaseGenerator"/> with a term, a motion, status points, §4C1.1
/// facts and custody added; an amendment from the catalog; an order date or none.
/// </summary>
internal static class DecisionGenerator
{
    private static readonly string[] Ids = ["706", "715", "750", "782", "821", "821A", "821B", "drugs-minus-four", "crack-powder-parity", "status-points-abolished"];

    public static (Case Case, Amendment Amendment, LocalDate? OrderDate) Next(Random random, int index)
    {
        var generated = CaseGenerator.Next(random, index);
        var life = random.Next(50) == 0;
        var points = generated.CriminalHistoryPoints;
        var sa = random.Next(6) switch { 0 => SubstantialAssistance.Section5K1_1, 1 => SubstantialAssistance.Section3553e, 2 => SubstantialAssistance.Rule35b, _ => (SubstantialAssistance?)null };
        var term = random.Next(1, 400);
        if (generated.StatutoryMinimumMonths is { } min && !generated.SafetyValve && sa is null or SubstantialAssistance.Section5K1_1)
        {
            term = Math.Max(term, min);
        }

        if (generated.StatutoryMaximumMonths is { } max)
        {
            term = Math.Min(term, max);
        }

        var @case = generated with
        {
            Life = life,
            TermMonths = life ? null : term,
            SubstantialAssistance = sa,
            StatusPoints = points is { } p && p >= 2 && random.Next(3) == 0 ? 2 : null,
            ZeroPointDisqualifiers = random.Next(3) switch { 0 => [], 1 => ["weapon"], _ => null },
            ConsecutiveMonths = random.Next(10) == 0 ? 60 : 0,
            Custody = random.Next(3) == 0
                ? new CustodyFacts { CommencedOn = generated.SentencedOn.PlusDays(random.Next(0, 90)), PriorCustodyDays = random.Next(0, 400) }
                : null,
        };
        var amendment = RetroactivityEngine.Default.Catalog.Find(Ids[random.Next(Ids.Length)])!;
        LocalDate? order = random.Next(2) == 0 ? null : new LocalDate(2008, 1, 1).PlusDays(random.Next(0, 7300));
        return (@case, amendment, order);
    }
}
