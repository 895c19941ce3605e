using System.Runtime.CompilerServices;
using NodaTime;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Population.Synthetic;

/// <summary>Commencement, credit, survival to the as-of date and custody status on it.</summary>
internal sealed partial class CaseGenerator
{
    /// <summary>Commencement, credit, and survival: null when the person is not in custody on the as-of date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CustodyFacts? DrawCustody(ref Xoshiro random, LocalDate sentencedOn, (int Months, bool Life) term, int consecutive)
    {
        var commenced = _surrender.Draw(ref random) == "voluntary"
            ? sentencedOn.PlusDays(random.Inclusive((int)_surrenderDaysMin, (int)_surrenderDaysMax))
            : sentencedOn;
        var prior = _pretrial.Draw(ref random) == "yes" && commenced == sentencedOn
            ? random.Inclusive((int)_priorCreditDaysMin, (int)_priorCreditDaysMax)
            : 0;
        if (commenced > _asOf)
        {
            return null;
        }

        var status = CustodyStatus.Institution;
        if (!term.Life)
        {
            var months = term.Months + consecutive;
            var fullTerm = commenced.PlusMonths(months);
            var termDays = Period.DaysBetween(commenced, fullTerm);
            var perYear = _gctDaysPerYear;
            var gct = months > 12 ? (int)Math.Floor(perYear * months / 12.0) : 0;
            var release = fullTerm.PlusDays(-prior - gct);
            if (release <= _asOf)
            {
                return null;
            }

            status = DrawStatus(ref random, Period.DaysBetween(_asOf, release), termDays);
        }

        return new CustodyFacts { CommencedOn = commenced, PriorCustodyDays = prior, Status = status };
    }

    /// <summary>RRC and home confinement near release (18 U.S.C. §3624(c): RRC up to 12 months, home confinement the shorter of 10% of the term or 6 months).</summary>
    private CustodyStatus DrawStatus(ref Xoshiro random, int daysLeft, int termDays)
    {
        var homeDays = Math.Min(termDays / 10, 183);
        var u = random.NextDouble();
        var direct = _hcDirectShare;
        if (u < direct) return daysLeft <= homeDays ? CustodyStatus.HomeConfinement : CustodyStatus.Institution;
        if (u >= direct + _rrcPlacedShare) return CustodyStatus.Institution;
        var rrcDays = random.Inclusive((int)_rrcDaysMin, (int)_rrcDaysMax);
        if (random.Chance(_rrcToHcShare) && daysLeft <= homeDays) return CustodyStatus.HomeConfinement;
        return daysLeft <= rrcDays ? CustodyStatus.Rrc : CustodyStatus.Institution;
    }
}
