using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using Retroact.Law;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Population.Synthetic;

/// <summary>Draws one person in custody: candidate sentences from the flow until one survives to the as-of date.</summary>
internal sealed class CaseGenerator
{
    private const int MaxAttempts = 100_000;
    private static readonly LocalDate SafetyValveReductionFrom = new(1995, 11, 1); // Amend. 515: §2D1.1(b)(4) −2 (legal-facts.md D)

    private readonly LocalDate _asOf;
    private readonly LawLibrary _law;
    private readonly GeneratorInputs _in;
    private readonly ManualEdition _quantityScale;
    private readonly LocalDate _start;
    private readonly int _windowDays;
    private readonly Categorical<string> _offence, _methForm, _relief, _assistance, _weapon, _c924,
        _mitigating, _acceptance, _drugCategory, _nonDrugCategory, _career, _status, _position, _variance, _openLife,
        _surrender, _pretrial, _guideline, _district;

    private readonly double _topBandMultiple, _openRangeSpanMonths, _assistanceReductionMin, _assistanceReductionMax, _varianceReductionMin, _varianceReductionMax, _surrenderDaysMin, _surrenderDaysMax, _priorCreditDaysMin, _priorCreditDaysMax, _hcDirectShare, _rrcPlacedShare, _rrcDaysMin, _rrcDaysMax, _rrcToHcShare, _iceDetainerShare, _stateDetainerShare, _ageMinimum, _ageMean;
    private readonly double _gctDaysPerYear;
    private readonly double[] _volumeAcceptance;
    private readonly Categorical<string>[] _drugTypes;
    private readonly int _firstYear;
    private readonly Categorical<int> _bandNumber, _aggravatingLevels;

    /// <summary>Per day of the window (0 = the first day): the fiscal-year index, the edition in force, and per substance the §841(b)(1) thresholds.</summary>
    private readonly int[] _yearOfDay;
    private readonly ManualEdition[] _editionOfDay;
    private readonly FrozenDictionary<string, StatutoryThreshold?[]> _thresholds;

    /// <summary>The "yes" probabilities keyed by drug type (MM conviction) and by group (non-citizen).</summary>
    private readonly FrozenDictionary<string, double> _mmConviction, _nonCitizen;

    public CaseGenerator(LocalDate asOf, LawLibrary law, GeneratorInputs inputs)
    {
        _asOf = asOf;
        _law = law;
        _in = inputs;
        _quantityScale = law.EditionInForce(new LocalDate(2014, 10, 31));
        var earliest = law.Editions[0].EffectiveFrom;
        _start = LocalDate.Max(earliest, asOf.PlusYears(-45));
        _windowDays = Period.Between(_start, asOf, PeriodUnits.Days).Days;
        if (_windowDays < 3653)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"the generator needs ten years of Manual editions before the as-of date; the first is {earliest:yyyy-MM-dd}");
        }

        _topBandMultiple = inputs.Parameter("top_band_multiple");
        _openRangeSpanMonths = inputs.Parameter("open_range_span_months");
        _assistanceReductionMin = inputs.Parameter("assistance_reduction_min");
        _assistanceReductionMax = inputs.Parameter("assistance_reduction_max");
        _varianceReductionMin = inputs.Parameter("variance_reduction_min");
        _varianceReductionMax = inputs.Parameter("variance_reduction_max");
        _surrenderDaysMin = inputs.Parameter("surrender_days_min");
        _surrenderDaysMax = inputs.Parameter("surrender_days_max");
        _priorCreditDaysMin = inputs.Parameter("prior_credit_days_min");
        _priorCreditDaysMax = inputs.Parameter("prior_credit_days_max");
        _hcDirectShare = inputs.Parameter("hc_direct_share");
        _rrcPlacedShare = inputs.Parameter("rrc_placed_share");
        _rrcDaysMin = inputs.Parameter("rrc_days_min");
        _rrcDaysMax = inputs.Parameter("rrc_days_max");
        _rrcToHcShare = inputs.Parameter("rrc_to_hc_share");
        _iceDetainerShare = inputs.Parameter("ice_detainer_share");
        _stateDetainerShare = inputs.Parameter("state_detainer_share");
        _ageMinimum = inputs.Parameter("age_minimum");
        _ageMean = inputs.Parameter("age_mean");
        _bandNumber = Numbered(inputs.Distribution("quantity_band"), "quantity_band");
        _aggravatingLevels = Numbered(inputs.Distribution("aggravating_role"), "aggravating_role");
        _bands = _quantityScale.DrugQuantity.Values.Distinct().ToFrozenDictionary(t => t, t => t.Rows.OrderByDescending(r => r.Level).ToArray());
        _probabilities = inputs.YesNoDistributions.ToFrozenDictionary(name => name, name => inputs.Distribution(name).ProbabilityOf("yes"));
        _gctDaysPerYear = asOf >= inputs.DateParameter("fsa_gct_from") ? inputs.Parameter("gct_days_per_year_after_fsa") : inputs.Parameter("gct_days_per_year_before_fsa");
        _firstYear = FiscalYear(_start);
        var maxVolume = inputs.Volume.Max(v => v.Count);
        _volumeAcceptance = [.. Enumerable.Range(_firstYear, FiscalYear(asOf) - _firstYear + 1).Select(y => inputs.VolumeIn(y) / maxVolume)];
        _drugTypes = [.. Enumerable.Range(_firstYear, FiscalYear(asOf) - _firstYear + 1).Select(inputs.DrugTypeIn)];
        var days = Enumerable.Range(0, _windowDays).Select(d => _start.PlusDays(d)).ToArray();
        _yearOfDay = [.. days.Select(d => FiscalYear(d) - _firstYear)];
        _editionOfDay = [.. days.Select(law.EditionInForce)];
        _thresholds = _quantityScale.DrugQuantity.Keys.ToFrozenDictionary(s => s, s => days.Select(d => law.DrugStatute.ThresholdFor(s, d)).ToArray(), StringComparer.Ordinal);
        _mmConviction = _drugTypes.SelectMany(d => d.Keys).Distinct().ToFrozenDictionary(d => d, d => _probabilities["mm_conviction:" + d], StringComparer.Ordinal);
        _nonCitizen = _probabilities.Keys.Where(k => k.StartsWith("noncitizen:", StringComparison.Ordinal))
            .ToFrozenDictionary(k => k["noncitizen:".Length..], k => _probabilities[k], StringComparer.Ordinal);
        (_offence, _methForm) = (inputs.Distribution("offence_class"), inputs.Distribution("meth_form"));
        (_relief, _assistance) = (inputs.Distribution("mm_relief"), inputs.Distribution("assistance_without_mm"));
        (_weapon, _c924, _mitigating, _acceptance) = (inputs.Distribution("weapon"), inputs.Distribution("section_924c"),
            inputs.Distribution("mitigating_role"), inputs.Distribution("acceptance"));
        (_drugCategory, _nonDrugCategory, _career, _status) = (inputs.Distribution("category:drug"), inputs.Distribution("category:non-drug"),
            inputs.Distribution("career_offender:drug"), inputs.Distribution("status_points"));
        (_position, _variance, _openLife) = (inputs.Distribution("range_position"), inputs.Distribution("variance_below"), inputs.Distribution("life_at_open_range"));
        (_surrender, _pretrial) = (inputs.Distribution("surrender"), inputs.Distribution("pretrial_detention"));
        (_guideline, _district) = (inputs.Distribution("nondrug_guideline"), inputs.Distribution("district"));
    }

    /// <summary>Person <paramref name="index"/> of the population seeded by <paramref name="seed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Case Person(ulong seed, int index)
    {
        var random = new Xoshiro(unchecked(seed * 0x9E3779B97F4A7C15UL + (ulong)index));
        var drug = _offence.Draw(ref random) == "drug";
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var day = random.Inclusive(0, _windowDays - 1);
            if (!random.Chance(_volumeAcceptance[_yearOfDay[day]]))
            {
                continue;
            }

            var sentence = drug ? DrawDrugSentence(ref random, day) : DrawNonDrugSentence(ref random, day);
            if (sentence is null)
            {
                continue;
            }

            return Finish(ref random, index, sentence);
        }

        throw new InvalidOperationException($"no candidate sentence survived to {_asOf:yyyy-MM-dd} in {MaxAttempts} draws; check data/population");
    }

    /// <summary>Quantities are drawn in tenths of a gram, at least 0.1 g (the lowest band of a table starts at 0).</summary>
    private const long MinimumTenths = 1;

    private static readonly ImmutableArray<string> Weapon = ["weapon"];
    private static readonly ImmutableArray<string> AggravatingRole = ["aggravating-role"];
    private static readonly ImmutableArray<string> WeaponAndRole = ["weapon", "aggravating-role"];

    /// <summary>A table's rows from the highest level down (band 1 = the top paragraph); filled in the constructor, read-only after.</summary>
    private readonly FrozenDictionary<DrugQuantityTable, DrugQuantityRow[]> _bands;

    /// <summary>The "yes" probability of every yes/no distribution; filled in the constructor, read-only after.</summary>
    private readonly FrozenDictionary<string, double> _probabilities;

    private DrugQuantityRow[] BandsOf(DrugQuantityTable table) => _bands[table];

    private double Probability(string distribution) =>
        _probabilities.TryGetValue(distribution, out var p) ? p : throw new InvalidOperationException($"no yes/no distribution named {distribution} in data/population");

    /// <summary>A distribution whose keys are whole numbers, with the keys parsed once.</summary>
    private static Categorical<int> Numbered(Categorical<string> text, string name) =>
        new([.. text.Keys.Select((k, i) => (int.Parse(k, CultureInfo.InvariantCulture), text.Weight(i)))], name);

    private static int FiscalYear(LocalDate date) => date.Month >= 10 ? date.Year + 1 : date.Year;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Drawn? DrawDrugSentence(ref Xoshiro random, int day)
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
        ImmutableArray<DrugAmount> drugs = drugType == "other" ? [] : [new DrugAmount(substance, grams)];
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

        CareerOffenderFinding? finding = null;
        if (career && edition.CareerOffender.RowFor(statMax is { } m ? Months.Of(m) : Months.Life) is { } careerRow)
        {
            var careerLevel = careerRow.Level + (accepted ? (careerRow.Level >= 16 ? -3 : -2) : 0);
            finding = new CareerOffenderFinding(careerLevel);
            total = Math.Max(total, careerLevel);
        }

        var bindingMinimum = statMin is { } min && !safetyValve && assistance != SubstantialAssistance.Section3553e ? min : 0;
        var term = DrawTerm(ref random, edition.SentencingTable.Range(total, category), bindingMinimum, statMax, assistance is not null);
        var custody = term is { } t ? DrawCustody(ref random, sentencedOn, t, consecutive) : null;
        if (custody is null)
        {
            return null;
        }

        return new Drawn(drugType, new Case
        {
            Id = "",
            SentencedOn = sentencedOn,
            Guideline = "2D1.1",
            Drugs = drugs,
            BaseOffenseLevel = capped, // the base "as found": after the §2D1.1(a)(5) cap, as the engine and the USSC's BASEHI read it
            TotalOffenseLevel = total,
            OffenseLevelAdjustments = adjustments,
            MitigatingRole = role,
            CriminalHistoryCategory = category,
            CriminalHistoryPoints = points,
            StatusPoints = StatusPoints(ref random, points),
            ZeroPointDisqualifiers = (weapon || consecutive > 0, aggravating > 0) switch
            {
                (true, true) => WeaponAndRole,
                (true, false) => Weapon,
                (false, true) => AggravatingRole,
                _ => [],
            },
            Custody = custody,
            CareerOffender = finding,
            StatutoryMinimumMonths = statMin,
            StatutoryMaximumMonths = statMax,
            SafetyValve = safetyValve,
            SubstantialAssistance = assistance,
            TermMonths = term!.Value.Life ? null : term.Value.Months,
            Life = term.Value.Life,
            ConsecutiveMonths = consecutive,
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Drawn? DrawNonDrugSentence(ref Xoshiro random, int day)
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

        return new Drawn(NonDrugGroup, new Case
        {
            Id = "",
            SentencedOn = sentencedOn,
            Guideline = guideline,
            TotalOffenseLevel = total,
            CriminalHistoryCategory = category,
            CriminalHistoryPoints = points,
            StatusPoints = StatusPoints(ref random, points),
            ZeroPointDisqualifiers = consecutive > 0 ? Weapon : [],
            Custody = custody,
            StatutoryMinimumMonths = statMin,
            StatutoryMaximumMonths = statMax,
            TermMonths = term!.Value.Life ? null : term.Value.Months,
            Life = term.Value.Life,
            ConsecutiveMonths = consecutive,
        });
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

    /// <summary>A candidate sentence and the group its demographic distributions are keyed by (drug type or "non-drug").</summary>
    private sealed record Drawn(string Group, Case Case);

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

    private const string NonDrugGroup = "non-drug";

    /// <summary>Who the person is and who waits for them: drawn by the sentence's group, independently of each other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Case Finish(ref Xoshiro random, int index, Drawn drawn)
    {
        var group = drawn.Group;
        var (race, ethnicity) = _in.Distribution("race:" + group).Draw(ref random) switch
        {
            "white" => ("white", "non-hispanic"),
            "black" => ("black", "non-hispanic"),
            "hispanic" => ((string?)null, "hispanic"),
            _ => ("other", "non-hispanic"),
        };
        var nonCitizen = random.Chance(_nonCitizen[group]);
        var detainers = ImmutableArray.CreateBuilder<Detainer>();
        if (nonCitizen && random.Chance(_iceDetainerShare)) detainers.Add(Detainer.Ice);
        if (random.Chance(_stateDetainerShare)) detainers.Add(Detainer.State);
        var female = random.Chance(Probability(group == NonDrugGroup ? "female:non-drug" : "female:drug"));
        var minimumAge = _ageMinimum;
        var theta = (_ageMean - minimumAge) / 3;
        var gamma = -theta * Math.Log((1 - random.NextDouble()) * (1 - random.NextDouble()) * (1 - random.NextDouble()));
        var age = (int)Math.Min(85, minimumAge + Math.Floor(gamma));

        return drawn.Case with
        {
            Id = "syn-" + (index + 1).ToString("D8", CultureInfo.InvariantCulture),
            Citizenship = nonCitizen ? Citizenship.NonUs : Citizenship.Us,
            Detainers = detainers.DrainToImmutable(),
            Demographics = new Demographics
            {
                Race = race,
                Ethnicity = ethnicity,
                Sex = female ? "female" : "male",
                District = _district.Draw(ref random),
                Age = age,
            },
        };
    }
}
