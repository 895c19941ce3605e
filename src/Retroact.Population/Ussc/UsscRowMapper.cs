using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using Retroact.Law.Cases;
using Retroact.Population.Reading;
using Retroact.Population.Records;

namespace Retroact.Population.Ussc;

/// <summary>
/// Turns USSC Individual Offender datafile rows (codebook variable names, any subset) into cases. Values are read
/// only from the columns present; a code outside the codebook's domain rejects the row; what the engine needs and
/// the datafile never holds is filled from <see cref="PopulationReaderOptions"/> and flagged. Each rule cites the
/// codebook entry in <c>reference/ussc-datafile-variables.md</c> (copied into <c>docs/population.md</c>).
/// </summary>
internal sealed class UsscRowMapper
{
    private const int Life = 9996, Death = 9997, UnderOneDay = 9992, NotSpecified = 9997, DeathSentence = 9998;
    private const decimal SentTotLife = 470m;
    private static readonly ImmutableArray<string> WeaponOnly = ["weapon"];
    private static readonly ImmutableArray<Detainer> IceOnly = [Detainer.Ice];

    private readonly FieldReader _f;
    private readonly PopulationReaderOptions _options;
    private readonly int _id, _year, _month, _amendYear, _guideline, _base, _total, _mitCap, _category, _points, _status,
        _crimPoints, _careerApplies, _careerLevel, _careerAcceptance, _statMin, _drugMin, _statMax, _safe, _booker,
        _sentTot, _totPrison, _weapon, _xMin, _xMax, _race, _hispanic, _newCit, _citizen, _sex, _age, _district;
    private readonly (int Type, int Weight)[] _drugs;
    private readonly DrugAmount[] _drugScratch;
    private readonly int[] _mand;

    public UsscRowMapper(IRowSource source, string path, PopulationReaderOptions options)
    {
        _f = new FieldReader(source);
        _options = options;
        var index = HeaderIndex.Of(source, path, UsscLayout.Required, StringComparer.OrdinalIgnoreCase);

        int At(string name) => index.GetValueOrDefault(name, -1);
        (_id, _year, _month, _amendYear, _guideline) = (At("USSCIDN"), At("SENTYR"), At("SENTMON"), At("AMENDYR"), At("GDLINEHI"));
        (_base, _total, _mitCap, _category, _points, _status, _crimPoints) = (At("BASEHI"), At("XFOLSOR"), At("MITCAP"), At("XCRHISSR"), At("TOTCHPTS"), At("SENTPTS"), At("CRIMPTS"));
        (_careerApplies, _careerLevel, _careerAcceptance) = (At("CAROFFAP"), At("CAROFFLV"), At("CAROFFEN"));
        (_statMin, _drugMin, _statMax, _safe, _booker) = (At("STATMIN"), At("DRUGMIN"), At("STATMAX"), At("SAFE"), At("BOOKERCD"));
        (_sentTot, _totPrison, _weapon, _xMin, _xMax) = (At("SENTTOT"), At("TOTPRISN"), At("WEAPON"), At("XMINSOR"), At("XMAXSOR"));
        (_race, _hispanic, _newCit, _citizen, _sex, _age, _district) = (At("NEWRACE"), At("HISPORIG"), At("NEWCIT"), At("CITIZEN"), At("MONSEX"), At("AGE"), At("DISTRICT"));
        _drugs = [.. Enumerable.Range(1, UsscLayout.MaxRepeats).Select(n => (At($"DRUGTYP{n}"), At($"WGT{n}"))).Where(d => d.Item1 >= 0 || d.Item2 >= 0)];
        _drugScratch = new DrugAmount[_drugs.Length];
        _mand = [.. Enumerable.Range(1, UsscLayout.MaxRepeats).Select(n => At($"MAND{n}")).Where(o => o >= 0)];
        Coverage = ColumnCoverage.Of(UsscLayout.Known, index.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), UsscLayout.Requirements);
    }

    public ColumnCoverage Coverage { get; }

    public PopulationRecord Map()
    {
        var source = _f.Source;
        return _f.FieldCountMatchesHeader() && TryMap(out var mapped, out var assumed)
            ? PopulationRecord.Accept(source.Row, mapped!, assumed)
            : PopulationRecord.Reject(_f.TakeRejection());
    }

    private bool TryMap(out Case? result, out AssumedFields assumed)
    {
        result = null;
        assumed = AssumedFields.None;
        var f = _f;

        // SENTYR/SENTMON: year and month of sentencing; the codebook gives no day after FY2004.
        if (!Code(_year, 1987, 2100, out var year)) return false;
        if (year is null) return f.Fail(_year, "required; the year of sentencing");
        if (!Code(_month, 1, 12, out var month)) return false;
        if (month is null) return f.Fail(_month, "required; the month of sentencing (1-12)");
        var day = Math.Clamp(_options.SentencingDay, 1, CalendarSystem.Iso.GetDaysInMonth(year.Value, month.Value));
        var sentencedOn = new LocalDate(year.Value, month.Value, day);
        assumed |= AssumedFields.SentencingDay;

        // AMENDYR: the Manual the court used; kept only when it is not the one in force on the sentencing day.
        if (!Code(_amendYear, 1987, 2100, out var amendYear)) return false;
        var inForce = sentencedOn.Month >= 11 ? sentencedOn.Year : sentencedOn.Year - 1;
        LocalDate? manual = amendYear is { } ay && ay != inForce ? new LocalDate(ay, 11, 1) : null;

        if (!f.String(_guideline, CaseDomain.MaxTextLength, out var guideline)) return false;
        if (!ReadDrugs(out var drugs)) return false;

        // BASEHI / XFOLSOR (1-99 in the codebook; above 43 "treated as an offense level of 43", Ch. 5 Pt. A n.2); MITCAP 0/1 (FY2006 on).
        if (!Code(_base, 1, CaseDomain.MaxBaseLevel, out var baseLevel)) return false;
        if (!Code(_total, 1, CaseDomain.MaxUsscLevel, out var rawTotal)) return false;
        var totalLevel = rawTotal > CaseDomain.MaxTotalLevel ? CaseDomain.MaxTotalLevel : rawTotal;
        if (!Code(_mitCap, 0, 1, out var mitCap)) return false;

        // XCRHISSR 1-6; TOTCHPTS 0-99; SENTPTS: §4A1.1(d) status points; CRIMPTS 0-125 (checked, not stored).
        if (!Code(_category, 1, 6, out var category)) return false;
        if (!Code(_points, 0, CaseDomain.MaxUsscHistoryPoints, out var points)) return false;
        if (!Code(_status, 0, CaseDomain.MaxStatusPoints, out var status)) return false;
        if (status > (points ?? CaseDomain.MaxUsscHistoryPoints)) return f.Fail(_status, "more than TOTCHPTS");
        if (!Code(_crimPoints, 0, 125, out _)) return false;

        // CAROFFAP 0/1 (= 1 when CAROFFLV > 0); CAROFFEN: the acceptance adjustment to the career-offender level.
        if (!Code(_careerApplies, 0, 1, out var careerApplies)) return false;
        if (!Code(_careerLevel, 0, CaseDomain.MaxBaseLevel, out var careerLevel)) return false;
        if (!Code(_careerAcceptance, -3, 3, out var careerAcceptance)) return false;
        CareerOffenderFinding? career = null;
        if (careerApplies == 1 || careerLevel > 0)
        {
            if (_careerLevel >= 0 && careerLevel is null or 0) return f.Fail(_careerLevel, "CAROFFAP is 1 but no career-offender level is given");
            if (careerLevel is { } level and > 0)
            {
                var net = level - Math.Abs(careerAcceptance ?? 0);
                if (net < 1) return f.Fail(_careerAcceptance, "the acceptance adjustment takes the career-offender level below 1");
                career = new CareerOffenderFinding(net);
            }
        }

        // STATMIN (DRUGMIN when STATMIN is absent): months; 0 = none; 9996 = life; 9997 = death. STATMAX: 9996 life, 9997 death.
        var minimumAt = _statMin >= 0 ? _statMin : _drugMin;
        if (!Code(minimumAt, 0, Death, out var statMin)) return false;
        if (statMin is Life or Death) return f.Fail(minimumAt, "a mandatory life or death minimum cannot be expressed in case format v1 (minimum in months)");
        if (statMin > CaseDomain.MaxMonths) return f.Fail(minimumAt, $"not a codebook value; expected 0 to {CaseDomain.MaxMonths}, 9996 or 9997");
        if (!Code(_statMax, 1, Death, out var statMax)) return false;
        if (statMax is > CaseDomain.MaxMonths and not (Life or Death)) return f.Fail(_statMax, $"not a codebook value; expected 1 to {CaseDomain.MaxMonths}, 9996 or 9997");
        int? maximum = statMax is Life or Death ? null : statMax;
        if (statMin > (maximum ?? int.MaxValue)) return f.Fail(minimumAt, "greater than STATMAX");

        // SAFE: 0 not applied, 1 the §2D1.1 −2 ("new"), 2 §5C1.2 only ("old"). MANDn: 2 substantial assistance (§3553(e)), 3 safety valve.
        if (!Code(_safe, 0, 2, out var safe)) return false;
        var safetyValve = safe is 1 or 2;
        var belowMinimumOnMotion = false;
        foreach (var mandAt in _mand)
        {
            if (!Code(mandAt, 1, 6, out var mand)) return false;
            safetyValve |= mand == 3;
            belowMinimumOnMotion |= mand == 2;
        }

        // BOOKERCD 0-11; 5 = §5K1.1.
        if (!Code(_booker, 0, 11, out var booker)) return false;
        SubstantialAssistance? assistance = belowMinimumOnMotion ? SubstantialAssistance.Section3553e
            : booker == 5 ? SubstantialAssistance.Section5K1_1 : null;

        if (!ReadTerm(out var term, out var life, ref assumed)) return false;

        // WEAPON 0/1: a weapon disqualifies a zero-point offender (§4C1.1(a)(7)); without it the other criteria stay unknown.
        if (!Code(_weapon, 0, 1, out var weapon)) return false;
        ImmutableArray<string>? zeroPoint = weapon == 1 ? WeaponOnly : null;

        // XMINSOR/XMAXSOR 0-9996: checked, not stored (case format v1 recomputes the range).
        if (!Code(_xMin, 0, Life, out _)) return false;
        if (!Code(_xMax, 0, Life, out _)) return false;

        if (!ReadDemographics(out var demographics, out var citizenship)) return false;

        var adjustments = rawTotal is { } t && baseLevel is { } b && career is null && mitCap != 1 ? t - b : (int?)null;
        MitigatingRole? role = null;
        if (mitCap == 1)
        {
            role = MitigatingRole.Minor;
            assumed |= AssumedFields.MitigatingRoleKind;
        }

        CustodyFacts? custody = null;
        var detainers = ImmutableArray<Detainer>.Empty;
        if (life || term > 0)
        {
            custody = new CustodyFacts
            {
                CommencedOn = sentencedOn.PlusDays(_options.CommencementDelayDays),
                PriorCustodyDays = _options.PriorCustodyDays,
                Status = _options.CustodyStatus,
            };
            detainers = citizenship == Citizenship.NonUs && _options.IceDetainerForNonCitizens ? IceOnly : [];
            assumed |= AssumedFields.CustodyCommencement | AssumedFields.PriorCustodyCredit | AssumedFields.CustodyStatus
                | AssumedFields.GctDisallowed | AssumedFields.Detainers | AssumedFields.ConsecutiveTerm;
        }

        result = new Case
        {
            Id = _id >= 0 && !f.Text(_id).IsEmpty ? f.Text(_id).ToString() : "row-" + f.Source.Row.ToString(CultureInfo.InvariantCulture),
            SentencedOn = sentencedOn,
            Manual = manual,
            Guideline = guideline,
            Drugs = drugs,
            BaseOffenseLevel = baseLevel,
            TotalOffenseLevel = totalLevel,
            OffenseLevelAdjustments = adjustments,
            MitigatingRole = role,
            CriminalHistoryCategory = (CriminalHistoryCategory?)category,
            CriminalHistoryPoints = points,
            StatusPoints = status,
            ZeroPointDisqualifiers = zeroPoint,
            CareerOffender = career,
            StatutoryMinimumMonths = statMin is 0 ? null : statMin,
            StatutoryMaximumMonths = maximum,
            SafetyValve = safetyValve,
            SubstantialAssistance = assistance,
            TermMonths = term,
            Life = life,
            Custody = custody,
            Citizenship = citizenship,
            Detainers = detainers,
            Demographics = demographics,
        };
        return true;
    }

    /// <summary>
    /// TOTPRISN 9996 = life (9998 death, 9997 not specified, 9992 under one day); SENTTOT in months (0.01-9997),
    /// probation = missing, 470 = life in the years that collapsed longer terms, so life is read from TOTPRISN when present.
    /// </summary>
    private bool ReadTerm(out int? term, out bool life, ref AssumedFields assumed)
    {
        term = null;
        life = false;
        if (!Code(_totPrison, 0, DeathSentence, out var totPrison)) return false;
        if (totPrison == DeathSentence) return _f.Fail(_totPrison, "a death sentence (9998) has no prison term to reduce");
        if (totPrison is > CaseDomain.MaxMonths and not (Life or NotSpecified or UnderOneDay))
        {
            return _f.Fail(_totPrison, $"not a codebook value; expected 0 to {CaseDomain.MaxMonths}, 9992, 9996, 9997 or 9998");
        }

        if (totPrison == Life)
        {
            life = true;
            return true;
        }

        if (_sentTot >= 0)
        {
            if (!Months(_sentTot, out var months)) return false;
            if (months is null)
            {
                term = 0;
                return true;
            }

            if (months == SentTotLife && _totPrison < 0)
            {
                life = true;
                assumed |= AssumedFields.LifeFromSentTot;
                return true;
            }

            var rounded = decimal.Round(months.Value, MidpointRounding.AwayFromZero);
            if (rounded != months.Value) assumed |= AssumedFields.TermRounded;
            term = (int)rounded;
            return true;
        }

        if (totPrison == NotSpecified) return _f.Fail(_totPrison, "the prison term is not specified (9997)");
        term = totPrison == UnderOneDay ? 0 : totPrison;
        return true;
    }

    private bool ReadDrugs(out ImmutableArray<DrugAmount> drugs)
    {
        drugs = [];
        var found = _drugScratch;
        var count = 0;
        foreach (var (typeAt, weightAt) in _drugs)
        {
            if (!Code(typeAt, 0, UsscDrugTypes.MaxCode, out var type)) return false;
            if (!Grams(weightAt, out var grams)) return false;
            if (type is null or 0)
            {
                if (grams is not null && typeAt >= 0) return _f.Fail(weightAt, "a weight without a drug type");
                continue;
            }

            found[count++] = new DrugAmount(UsscDrugTypes.Substance(type.Value), grams);
        }

        drugs = count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(found.AsSpan(0, count).ToArray());
        return true;
    }

    private bool ReadDemographics(out Demographics? demographics, out Citizenship? citizenship)
    {
        demographics = null;
        citizenship = null;

        // NEWRACE: 1 White, 2 Black, 3 Hispanic, 6 Other (Hispanics of any race in 3). HISPORIG: 1 non-Hispanic, 2 Hispanic.
        if (!Code(_race, 1, 6, out var newRace)) return false;
        if (newRace is 4 or 5) return _f.Fail(_race, "not a codebook value; expected 1 (White), 2 (Black), 3 (Hispanic) or 6 (Other)");
        if (!Code(_hispanic, 1, 2, out var hispOrig)) return false;
        var race = newRace switch { 1 => "white", 2 => "black", 6 => "other", _ => null };
        var ethnicity = newRace switch
        {
            3 => "hispanic",
            1 or 2 or 6 => "non-hispanic",
            _ => hispOrig switch { 1 => "non-hispanic", 2 => "hispanic", _ => null },
        };

        // NEWCIT: 0 U.S., 1 non-U.S.; else CITIZEN: 1 U.S. citizen, 2-5 non-citizens.
        if (!Code(_newCit, 0, 1, out var newCit)) return false;
        if (!Code(_citizen, 1, 5, out var citizen)) return false;
        citizenship = newCit switch
        {
            0 => Citizenship.Us,
            1 => Citizenship.NonUs,
            _ => citizen switch { 1 => Citizenship.Us, >= 2 => Citizenship.NonUs, _ => null },
        };

        // MONSEX: 0 male, 1 female. AGE in years. DISTRICT 0-96 (21, 59, 92 unused), as the generator's district ids.
        if (!Code(_sex, 0, 1, out var sex)) return false;
        if (!Code(_age, CaseDomain.MinAge, CaseDomain.MaxAge, out var age)) return false;
        if (!Code(_district, 0, UsscDistricts.MaxCode, out var districtCode)) return false;
        var district = districtCode is { } dc ? UsscDistricts.Id(dc) : null;
        if (districtCode is not null && district is null) return _f.Fail(_district, "not a DISTRICT code in the codebook (21, 59 and 92 are unused)");
        if (race is null && ethnicity is null && sex is null && age is null && district is null) return true;
        demographics = new Demographics
        {
            Race = race,
            Ethnicity = ethnicity,
            Sex = sex switch { 0 => "male", 1 => "female", _ => null },
            Age = age,
            District = district,
        };
        return true;
    }

    /// <summary>A whole-number code in [min, max]; empty, "." and "·" (SAS missing) give null; "3.0" reads as 3.</summary>
    private bool Code(int ordinal, int min, int max, out int? value) =>
        _f.TryEmptyOrPlainInt(ordinal, min, max, out value) || CodeInFull(ordinal, min, max, out value);

    /// <summary>
    /// <see cref="Code"/> for everything <see cref="FieldReader.TryEmptyOrPlainInt"/> does not answer: kept apart so that the common call does not pay for
    /// this path's locals (decimals and message builders, zeroed on every entry).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool CodeInFull(int ordinal, int min, int max, out int? value)
    {
        value = null;
        if (FieldReader.TryParsePlainInt(_f.Text(ordinal), out var plain))
        {
            if (plain < min || plain > max) return _f.Fail(ordinal, $"out of range; expected {min} to {max}");
            value = plain;
            return true;
        }

        if (!Number(ordinal, out var number)) return false;
        if (number is not { } n) return true;
        if (n != decimal.Truncate(n)) return _f.Fail(ordinal, $"not a whole number; expected {min} to {max}");
        if (n < min || n > max) return _f.Fail(ordinal, $"out of range; expected {min} to {max}");
        value = (int)n;
        return true;
    }

    private bool Months(int ordinal, out decimal? value)
    {
        if (!Number(ordinal, out value)) return false;
        if (value is < 0 or > CaseDomain.MaxMonths) return _f.Fail(ordinal, $"out of range; expected 0 to {CaseDomain.MaxMonths} months");
        return true;
    }

    private bool Grams(int ordinal, out decimal? value)
    {
        if (!Number(ordinal, out value)) return false;
        if (value is <= 0) return _f.Fail(ordinal, "a drug weight must be greater than 0 grams");
        return true;
    }

    private bool Number(int ordinal, out decimal? value)
    {
        value = null;
        var text = _f.Text(ordinal);
        if (text.IsEmpty || text is "." or "·") return true;
        if (!FieldReader.TryParsePlainDecimal(text, out var parsed)
            && !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out parsed))
        {
            return _f.Fail(ordinal, "not a number");
        }

        value = parsed;
        return true;
    }
}
