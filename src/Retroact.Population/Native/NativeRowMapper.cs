using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using Retroact.Law.Cases;
using Retroact.Population.Reading;
using Retroact.Population.Records;

namespace Retroact.Population.Native;

/// <summary>Turns rows under a native header into cases, or into the rejection of their first bad value.</summary>
internal sealed class NativeRowMapper
{
    private readonly FieldReader _f;
    private readonly int _id, _sentencedOn, _manual, _guideline, _base, _total, _adjustments, _role, _category, _points,
        _status, _zeroPoint, _career, _statMin, _statMax, _safetyValve, _assistance, _term, _life, _consecutive,
        _commenced, _prior, _custodyStatus, _gct, _citizenship, _detainers, _race, _ethnicity, _sex, _district, _age, _assumed;
    private readonly (int Substance, int Grams, int Units)[] _drugs;
    private readonly DrugAmount[] _drugScratch;

    public NativeRowMapper(IRowSource source, string path)
    {
        _f = new FieldReader(source);
        var index = HeaderIndex.Of(source, path, NativeLayout.Required, StringComparer.Ordinal);

        int At(string name) => index.GetValueOrDefault(name, -1);
        (_id, _sentencedOn, _manual, _guideline) = (At(NativeLayout.Id), At(NativeLayout.SentencedOn), At(NativeLayout.Manual), At(NativeLayout.Guideline));
        (_base, _total, _adjustments, _role) = (At(NativeLayout.BaseOffenseLevel), At(NativeLayout.TotalOffenseLevel), At(NativeLayout.OffenseLevelAdjustments), At(NativeLayout.MitigatingRole));
        (_category, _points, _status, _zeroPoint, _career) = (At(NativeLayout.CriminalHistoryCategory), At(NativeLayout.CriminalHistoryPoints), At(NativeLayout.StatusPoints), At(NativeLayout.ZeroPointDisqualifiers), At(NativeLayout.CareerOffenderLevel));
        (_statMin, _statMax, _safetyValve, _assistance) = (At(NativeLayout.StatutoryMinimumMonths), At(NativeLayout.StatutoryMaximumMonths), At(NativeLayout.SafetyValve), At(NativeLayout.SubstantialAssistance));
        (_term, _life, _consecutive) = (At(NativeLayout.TermMonths), At(NativeLayout.Life), At(NativeLayout.ConsecutiveMonths));
        (_commenced, _prior, _custodyStatus, _gct) = (At(NativeLayout.CustodyCommencedOn), At(NativeLayout.PriorCustodyDays), At(NativeLayout.CustodyStatus), At(NativeLayout.GctDisallowedDays));
        (_citizenship, _detainers, _race, _ethnicity, _sex, _district, _age, _assumed) = (At(NativeLayout.Citizenship), At(NativeLayout.Detainers), At(NativeLayout.Race), At(NativeLayout.Ethnicity), At(NativeLayout.Sex), At(NativeLayout.District), At(NativeLayout.Age), At(NativeLayout.Assumed));

        var drugs = new List<(int, int, int)>();
        for (var slot = 1; index.ContainsKey(NativeLayout.DrugSubstance(slot)); slot++)
        {
            drugs.Add((At(NativeLayout.DrugSubstance(slot)), At(NativeLayout.DrugGrams(slot)), At(NativeLayout.DrugUnits(slot))));
        }

        _drugs = [.. drugs];
        _drugScratch = new DrugAmount[_drugs.Length];
        Coverage = ColumnCoverage.Of(NativeLayout.Header(Math.Max(1, _drugs.Length)), index.Keys.ToHashSet(StringComparer.Ordinal), NativeLayout.Requirements);
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
        var idText = f.Text(_id);
        if (idText.Length > CaseDomain.MaxTextLength) return f.Fail(_id, $"longer than {CaseDomain.MaxTextLength} characters");
        var id = idText.IsEmpty ? null : idText.ToString();
        if (id is null) return f.Fail(_id, "required; the case identifier");
        if (!f.Date(_sentencedOn, out var sentencedOn)) return false;
        if (sentencedOn is null) return f.Fail(_sentencedOn, "required; the day sentence was imposed (yyyy-MM-dd)");
        if (!f.Date(_manual, out var manual)) return false;
        if (!f.String(_guideline, CaseDomain.MaxTextLength, out var guideline)) return false;
        if (!ReadDrugs(out var drugs)) return false;
        if (!f.Int(_base, 1, CaseDomain.MaxBaseLevel, out var baseLevel)) return false;
        if (!f.Int(_total, 1, CaseDomain.MaxTotalLevel, out var totalLevel)) return false;
        if (!f.Int(_adjustments, -CaseDomain.MaxAdjustment, CaseDomain.MaxAdjustment, out var adjustments)) return false;
        if (!f.Token(_role, NativeTokens.Role, out var role)) return false;
        if (!f.Token(_category, NativeTokens.Category, out var category)) return false;
        if (!f.Int(_points, 0, CaseDomain.MaxHistoryPoints, out var points)) return false;
        if (!f.Int(_status, 0, CaseDomain.MaxStatusPoints, out var status)) return false;
        if (status > (points ?? CaseDomain.MaxHistoryPoints)) return f.Fail(_status, "more than the criminal history points");
        if (!ReadList(_zeroPoint, out var zeroPoint)) return false;
        if (!f.Int(_career, 1, CaseDomain.MaxBaseLevel, out var career)) return false;
        if (!f.Int(_statMin, 0, CaseDomain.MaxMonths, out var statMin)) return false;
        if (!f.Int(_statMax, 1, CaseDomain.MaxMonths, out var statMax)) return false;
        if (statMin > (statMax ?? int.MaxValue)) return f.Fail(_statMin, "greater than the statutory maximum");
        if (!f.Bool(_safetyValve, out var safetyValve)) return false;
        if (!f.Token(_assistance, NativeTokens.Assistance, out var assistance)) return false;
        if (!f.Int(_term, 0, CaseDomain.MaxMonths, out var term)) return false;
        if (!f.Bool(_life, out var life)) return false;
        if (life && term is not null) return f.Fail(_term, "a life term has no months; leave termMonths empty when life is true");
        if (!f.Int(_consecutive, 0, CaseDomain.MaxMonths, out var consecutive)) return false;
        if (!ReadCustody(out var custody)) return false;
        if (!f.Token(_citizenship, NativeTokens.Citizen, out var citizenship)) return false;
        if (!ReadDetainers(out var detainers)) return false;
        if (!ReadDemographics(out var demographics)) return false;
        if (!ReadAssumed(out assumed)) return false;

        result = new Case
        {
            Id = id,
            SentencedOn = sentencedOn.Value,
            Manual = manual,
            Guideline = guideline,
            Drugs = drugs,
            BaseOffenseLevel = baseLevel,
            TotalOffenseLevel = totalLevel,
            OffenseLevelAdjustments = adjustments,
            MitigatingRole = role,
            CriminalHistoryCategory = category,
            CriminalHistoryPoints = points,
            StatusPoints = status,
            ZeroPointDisqualifiers = zeroPoint,
            CareerOffender = career is { } level ? new CareerOffenderFinding(level) : null,
            StatutoryMinimumMonths = statMin,
            StatutoryMaximumMonths = statMax,
            SafetyValve = safetyValve,
            SubstantialAssistance = assistance,
            TermMonths = term,
            Life = life,
            ConsecutiveMonths = consecutive ?? 0,
            Custody = custody,
            Citizenship = citizenship,
            Detainers = detainers,
            Demographics = demographics,
        };
        return true;
    }

    private bool ReadDrugs(out ImmutableArray<DrugAmount> drugs)
    {
        drugs = [];
        var found = _drugScratch;
        var count = 0;
        foreach (var (substanceAt, gramsAt, unitsAt) in _drugs)
        {
            if (!_f.String(substanceAt, CaseDomain.MaxTextLength, out var substance)) return false;
            if (!_f.PositiveDecimal(gramsAt, out var grams)) return false;
            if (!_f.PositiveDecimal(unitsAt, out var units)) return false;
            if (substance is null)
            {
                if (grams is not null) return _f.Fail(gramsAt, "a quantity without a substance");
                if (units is not null) return _f.Fail(unitsAt, "a quantity without a substance");
                continue;
            }

            if (!IsIdentifier(substance)) return _f.Fail(substanceAt, "a substance id is lower-case letters, digits and '-', e.g. cocaine-base");
            if (grams is null && units is null) return _f.Fail(substanceAt, "a substance needs grams or units");
            found[count++] = new DrugAmount(substance, grams, units);
        }

        drugs = count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(found.AsSpan(0, count).ToArray());
        return true;
    }

    private bool ReadCustody(out CustodyFacts? custody)
    {
        custody = null;
        if (!_f.Date(_commenced, out var commenced)) return false;
        if (!_f.Int(_prior, 0, CaseDomain.MaxDays, out var prior)) return false;
        if (!_f.Token(_custodyStatus, NativeTokens.Status, out var status)) return false;
        if (!_f.Int(_gct, 0, CaseDomain.MaxDays, out var gct)) return false;
        if (commenced is null)
        {
            return prior is null && status is null && gct is null
                || _f.Fail(_commenced, "required when priorCustodyDays, custodyStatus or gctDisallowedDays is filled");
        }

        custody = new CustodyFacts
        {
            CommencedOn = commenced.Value,
            PriorCustodyDays = prior ?? 0,
            Status = status ?? CustodyStatus.Institution,
            GctDisallowedDays = gct ?? 0,
        };
        return true;
    }

    private readonly Dictionary<string, ImmutableArray<Detainer>> _detainerLists = new(StringComparer.Ordinal);

    /// <summary>A ';'-list of detainer authorities; each distinct list is parsed once per file.</summary>
    private bool ReadDetainers(out ImmutableArray<Detainer> detainers)
    {
        detainers = [];
        var text = _f.Text(_detainers);
        if (text.IsEmpty) return true;
        if (_detainerLists.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out detainers)) return true;
        var builder = ImmutableArray.CreateBuilder<Detainer>();
        foreach (var range in text.Split(NativeTokens.ListSeparator))
        {
            if (!NativeTokens.DetainerAuthority.TryParse(text[range].Trim(), out var detainer))
            {
                return _f.Fail(_detainers, "expected a ';'-list of " + NativeTokens.DetainerAuthority.Allowed);
            }

            builder.Add(detainer);
        }

        detainers = builder.DrainToImmutable();
        if (_detainerLists.Count < TextPool.Capacity) _detainerLists[text.ToString()] = detainers;
        return true;
    }

    private readonly Dictionary<string, ImmutableArray<string>> _lists = new(StringComparer.Ordinal);

    /// <summary>A ';'-list of ids, "none" for a known-empty list, empty for unknown; each distinct list is built once per file.</summary>
    private bool ReadList(int ordinal, out ImmutableArray<string>? list)
    {
        list = null;
        var text = _f.Text(ordinal);
        if (text.IsEmpty) return true;
        if (text.SequenceEqual(NativeTokens.NoDisqualifiers))
        {
            list = [];
            return true;
        }

        if (_lists.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
        {
            list = known;
            return true;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var range in text.Split(NativeTokens.ListSeparator))
        {
            var item = text[range].Trim().ToString();
            if (!IsIdentifier(item)) return _f.Fail(ordinal, "expected 'none' or a ';'-list of lower-case ids, e.g. weapon;violence");
            builder.Add(item);
        }

        list = builder.DrainToImmutable();
        if (_lists.Count < TextPool.Capacity) _lists[text.ToString()] = list.Value;
        return true;
    }

    private bool ReadDemographics(out Demographics? demographics)
    {
        demographics = null;
        if (!_f.String(_race, CaseDomain.MaxTextLength, out var race)) return false;
        if (!_f.String(_ethnicity, CaseDomain.MaxTextLength, out var ethnicity)) return false;
        if (ethnicity is not (null or "hispanic" or "non-hispanic")) return _f.Fail(_ethnicity, "expected hispanic or non-hispanic");
        if (!_f.String(_sex, CaseDomain.MaxTextLength, out var sex)) return false;
        if (sex is not (null or "male" or "female")) return _f.Fail(_sex, "expected male or female");
        if (!_f.String(_district, CaseDomain.MaxTextLength, out var district)) return false;
        if (!_f.Int(_age, CaseDomain.MinAge, CaseDomain.MaxAge, out var age)) return false;
        if (race is null && ethnicity is null && sex is null && district is null && age is null) return true;
        demographics = new Demographics { Race = race, Ethnicity = ethnicity, Sex = sex, District = district, Age = age };
        return true;
    }

    private readonly Dictionary<string, AssumedFields> _assumedLists = new(StringComparer.Ordinal);

    /// <summary>A ';'-list of assumption flags; each distinct list is parsed once per file.</summary>
    private bool ReadAssumed(out AssumedFields assumed)
    {
        assumed = AssumedFields.None;
        var text = _f.Text(_assumed);
        if (text.IsEmpty) return true;
        if (_assumedLists.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out assumed)) return true;
        foreach (var range in text.Split(NativeTokens.ListSeparator))
        {
            if (!Enum.TryParse<AssumedFields>(text[range].Trim(), ignoreCase: false, out var flag) || flag == AssumedFields.None
                || !Enum.IsDefined(flag))
            {
                return _f.Fail(_assumed, "expected a ';'-list of " + string.Join(", ", Enum.GetNames<AssumedFields>().Skip(1)));
            }

            assumed |= flag;
        }

        if (_assumedLists.Count < TextPool.Capacity) _assumedLists[text.ToString()] = assumed;
        return true;
    }

    private static bool IsIdentifier(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (var c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) return false;
        }

        return true;
    }
}
