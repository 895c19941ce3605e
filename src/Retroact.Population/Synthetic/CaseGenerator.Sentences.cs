using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Population.Synthetic;

/// <summary>The candidate sentence: facts drawn from the flow, the level, range and term from the law of the sentencing day.</summary>
internal sealed partial class CaseGenerator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Case? DrawDrugSentence(ref Xoshiro random, int day, int index)
    {
        var sentencedOn = _start.PlusDays(day);
        var edition = _editionOfDay[day];
        var drugType = _drugTypes[_yearOfDay[day]].Draw(ref random);
        var substance = drugType == "methamphetamine" ? _methForm.Draw(ref random) : drugType;
        if (drugType != "other" && edition.DrugQuantityFor(substance) is null)
        {
            // A form the Manual of the day has no line for (e.g. methamphetamine (actual) before Nov 1, 2000) is recorded as the mixture.
            substance = drugType;
            if (edition.DrugQuantityFor(substance) is null) return null;
        }

        var band = _bandNumber.Draw(ref random);

        // Facts first: the quantity is drawn on one fixed scale (the Drug Quantity Table in force on Oct 31, 2014);
        // the law in force at sentencing then sets the level, so a 2005 crack case gets the 1994 crack table.
        var scale = _quantityScale.DrugQuantityFor(drugType == "other" ? "cocaine" : substance)!;
        var rows = BandsOf(scale);
        var row = rows[Math.Min(band, rows.Length) - 1];
        var lower = (double)row.AtLeast;
        var upper = row.LessThan is { } lessThan ? (double)lessThan : lower * _topBandMultiple;
        var tenths = Math.Max((long)Math.Floor(random.Between(lower, upper) * 10), MinimumTenths);
        var grams = Math.Max(row.AtLeast, new decimal((int)(tenths & 0xFFFFFFFF), (int)(tenths >> 32), 0, false, 1));
        var baseLevel = edition.DrugQuantityFor(drugType == "other" ? "cocaine" : substance)!.LevelFor(grams);

        // Statutory range: 21 U.S.C. §841(b)(1)(A)/(B) thresholds in force on the sentencing day, when convicted of an MM count.
        var mmConvicted = random.Chance(_mmConviction[drugType]);
        var threshold = _thresholds.TryGetValue(substance, out var byDay) ? byDay[day] : null;
        int? statMin = null;
        int? statMax = 240;
        if (mmConvicted && threshold is not null && drugType != "other")
        {
            if (grams >= threshold.TenYearAtLeast) (statMin, statMax) = (120, null);
            else if (grams >= threshold.FiveYearAtLeast) (statMin, statMax) = (60, 480);
        }

        var relief = statMin is null ? (_assistance.Draw(ref random) == "yes" ? "substantial-assistance" : "none") : _relief.Draw(ref random);
        var safetyValve = relief is "safety-valve" or "both";
        SubstantialAssistance? assistance = relief is "substantial-assistance" or "both"
            ? (statMin is null ? SubstantialAssistance.Section5K1_1 : SubstantialAssistance.Section3553e)
            : null;

        var consecutive = !safetyValve && _c924.Draw(ref random) == "yes" ? 60 : 0;
        var weapon = consecutive == 0 && !safetyValve && _weapon.Draw(ref random) == "yes";
        var aggravating = safetyValve ? 0 : _aggravatingLevels.Draw(ref random);
        MitigatingRole? role = aggravating > 0 ? null : _mitigating.Draw(ref random) switch
        {
            "minor" => MitigatingRole.Minor,
            "intermediate" => MitigatingRole.Intermediate,
            "minimal" => MitigatingRole.Minimal,
            _ => null,
        };

        var career = !safetyValve && _career.Draw(ref random) == "yes";
        var (category, points) = DrawHistory(ref random, _drugCategory, safetyValve);
        if (career) category = CriminalHistoryCategory.VI;

        var capped = role is { } r && edition.MitigatingRoleCap is { } cap ? cap.Apply(baseLevel, r == MitigatingRole.Minimal) : baseLevel;
        var adjustments = (weapon ? 2 : 0) + aggravating + role switch
        {
            MitigatingRole.Minor => -2,
            MitigatingRole.Intermediate => -3,
            MitigatingRole.Minimal => -4,
            _ => 0,
        } + (safetyValve && sentencedOn >= SafetyValveReductionFrom ? -2 : 0);
        var accepted = _acceptance.Draw(ref random) == "yes";
        var acceptance = accepted ? (capped + adjustments >= 16 ? -3 : -2) : 0;
        adjustments += acceptance;
        var total = Math.Clamp(capped + adjustments, 1, 43);
        if (safetyValve && statMin >= SafetyValveFloor.FromStatutoryMinimumMonths && edition.SafetyValveFloor is OffenseLevelFloor floor)
        {
            total = Math.Max(total, floor.Level); // §5C1.2(b): "not less than level 17"
        }

        int? careerLevel = null;
        if (career && edition.CareerOffender.RowFor(statMax is { } m ? Months.Of(m) : Months.Life) is { } careerRow)
        {
            careerLevel = careerRow.Level + (accepted ? (careerRow.Level >= 16 ? -3 : -2) : 0);
            total = Math.Max(total, careerLevel.Value);
        }

        var bindingMinimum = statMin is { } min && !safetyValve && assistance != SubstantialAssistance.Section3553e ? min : 0;
        var term = DrawTerm(ref random, edition.SentencingTable.Range(total, category), bindingMinimum, statMax, assistance is not null);
        var custody = term is { } t ? DrawCustody(ref random, sentencedOn, t, consecutive) : null;
        if (custody is null)
        {
            return null;
        }

        // Survived: the objects are built only now (the draws keep their order: status points, then the person).
        var statusPoints = StatusPoints(ref random, points);
        var person = Finish(ref random, index, drugType);
        return new Case
        {
            Id = person.Id,
            SentencedOn = sentencedOn,
            Guideline = "2D1.1",
            Drugs = drugType == "other" ? [] : [new DrugAmount(substance, grams)],
            BaseOffenseLevel = capped, // the base "as found": after the §2D1.1(a)(5) cap, as the engine and the USSC's BASEHI read it
            TotalOffenseLevel = total,
            OffenseLevelAdjustments = adjustments,
            MitigatingRole = role,
            CriminalHistoryCategory = category,
            CriminalHistoryPoints = points,
            StatusPoints = statusPoints,
            ZeroPointDisqualifiers = (weapon || consecutive > 0, aggravating > 0) switch
            {
                (true, true) => WeaponAndRole,
                (true, false) => Weapon,
                (false, true) => AggravatingRole,
                _ => [],
            },
            Custody = custody,
            CareerOffender = careerLevel is { } level ? new CareerOffenderFinding(level) : null,
            StatutoryMinimumMonths = statMin,
            StatutoryMaximumMonths = statMax,
            SafetyValve = safetyValve,
            SubstantialAssistance = assistance,
            TermMonths = term!.Value.Life ? null : term.Value.Months,
            Life = term.Value.Life,
            ConsecutiveMonths = consecutive,
            Citizenship = person.Citizenship,
            Detainers = person.Detainers,
            Demographics = person.Demographics,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Case? DrawNonDrugSentence(ref Xoshiro random, int day, int index)
    {
        var sentencedOn = _start.PlusDays(day);
        var edition = _editionOfDay[day];
        var guideline = _guideline.Draw(ref random);
        var facts = _in.NonDrug[guideline];
        var total = random.Inclusive(facts.LevelMin, facts.LevelMax);
        var (category, points) = DrawHistory(ref random, _nonDrugCategory, false);
        int? statMin = facts.StatutoryMinimumMonths > 0 && random.Chance(facts.MinimumShare) ? facts.StatutoryMinimumMonths : null;
        int? statMax = facts.StatutoryMaximumMonths > 0 && statMin is not 180 ? facts.StatutoryMaximumMonths : null;
        var consecutive = random.Chance(facts.ConsecutiveShare) ? 60 : 0;
        var term = DrawTerm(ref random, edition.SentencingTable.Range(total, category), statMin ?? 0, statMax, false);
        var custody = term is { } t ? DrawCustody(ref random, sentencedOn, t, consecutive) : null;
        if (custody is null)
        {
            return null;
        }

        var statusPoints = StatusPoints(ref random, points);
        var person = Finish(ref random, index, NonDrugGroup);
        return new Case
        {
            Id = person.Id,
            SentencedOn = sentencedOn,
            Guideline = guideline,
            TotalOffenseLevel = total,
            CriminalHistoryCategory = category,
            CriminalHistoryPoints = points,
            StatusPoints = statusPoints,
            ZeroPointDisqualifiers = consecutive > 0 ? facts.WithWeapon : facts.ZeroPointDisqualifiers,
            Custody = custody,
            StatutoryMinimumMonths = statMin,
            StatutoryMaximumMonths = statMax,
            TermMonths = term!.Value.Life ? null : term.Value.Months,
            Life = term.Value.Life,
            ConsecutiveMonths = consecutive,
            Citizenship = person.Citizenship,
            Detainers = person.Detainers,
            Demographics = person.Demographics,
        };
    }

    /// <summary>Category and points: the points lie in the category's band of §4A1.1 (Ch. 5 Pt. A); a safety-valve case has at most 1 point (§5C1.2(a)(1)).</summary>
    private static (CriminalHistoryCategory, int) DrawHistory(ref Xoshiro random, Categorical<string> categories, bool safetyValve)
    {
        if (safetyValve) return (CriminalHistoryCategory.I, random.Inclusive(0, 1));
        return categories.Draw(ref random) switch
        {
            "I" => (CriminalHistoryCategory.I, random.Inclusive(0, 1)),
            "II" => (CriminalHistoryCategory.II, random.Inclusive(2, 3)),
            "III" => (CriminalHistoryCategory.III, random.Inclusive(4, 6)),
            "IV" => (CriminalHistoryCategory.IV, random.Inclusive(7, 9)),
            "V" => (CriminalHistoryCategory.V, random.Inclusive(10, 12)),
            _ => (CriminalHistoryCategory.VI, random.Inclusive(13, 20)),
        };
    }

    /// <summary>Pre-821 §4A1.1(d): 2 points for an offense committed under a criminal justice sentence; needs 2+ points in all.</summary>
    private int? StatusPoints(ref Xoshiro random, int points) => points >= 2 && _status.Draw(ref random) == "yes" ? 2 : 0;

    /// <summary>
    /// The term for the counts the guidelines govern: a point in the range restricted by the statutory limits (§5G1.1),
    /// lowered on a substantial-assistance motion or by a variance; null when no prison term results.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Months, bool Life)? DrawTerm(ref Xoshiro random, SentenceRange range, int bindingMinimum, int? statMax, bool assistance)
    {
        if (range.Minimum.IsLife) return (0, true);
        var low = range.Minimum.Count;
        var high = range.Maximum.IsLife ? low + (int)_openRangeSpanMonths : range.Maximum.Count;
        if (range.Maximum.IsLife && statMax is null && _openLife.Draw(ref random) == "yes") return (0, true);
        low = Math.Max(low, bindingMinimum);
        high = Math.Max(high, low);
        double term = _position.Draw(ref random) == "minimum" ? low : random.Inclusive(low, high);
        if (assistance)
        {
            term *= 1 - random.Between(_assistanceReductionMin, _assistanceReductionMax);
        }
        else if (_variance.Draw(ref random) == "yes")
        {
            term = Math.Max(bindingMinimum, term * (1 - random.Between(_varianceReductionMin, _varianceReductionMax)));
        }

        var months = (int)Math.Floor(term);
        if (statMax is { } max) months = Math.Min(months, max);
        return months < 1 ? null : (months, false);
    }
}
