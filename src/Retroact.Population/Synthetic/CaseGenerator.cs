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
internal sealed partial class CaseGenerator
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

    /// <summary>The race/ethnicity distribution of each group, and the female shares of drug and non-drug cases.</summary>
    private readonly FrozenDictionary<string, Categorical<string>> _race;
    private readonly double _femaleDrug, _femaleNonDrug;

    /// <summary>The first as-of date with ten years (3,653 days) of <paramref name="law"/>'s Manual editions before it.</summary>
    public static LocalDate EarliestAsOf(LawLibrary law) => law.Editions[0].EffectiveFrom.PlusDays(3653);

    public CaseGenerator(LocalDate asOf, LawLibrary law, GeneratorInputs inputs)
    {
        _asOf = asOf;
        _law = law;
        _in = inputs;
        _quantityScale = law.EditionInForce(new LocalDate(2014, 10, 31));
        var earliest = law.Editions[0].EffectiveFrom;
        if (asOf < EarliestAsOf(law))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"the generator needs ten years of Manual editions before the as-of date; the first is {earliest:yyyy-MM-dd}");
        }

        _start = LocalDate.Max(earliest, asOf.PlusYears(-45));
        _windowDays = Period.Between(_start, asOf, PeriodUnits.Days).Days;

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
        _race = _mmConviction.Keys.Append(NonDrugGroup).ToFrozenDictionary(g => g, g => inputs.Distribution("race:" + g), StringComparer.Ordinal);
        (_femaleDrug, _femaleNonDrug) = (Probability("female:drug"), Probability("female:non-drug"));
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

            var person = drug ? DrawDrugSentence(ref random, day, index) : DrawNonDrugSentence(ref random, day, index);
            if (person is null)
            {
                continue;
            }

            return person;
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

    /// <summary>Who a survivor is (drawn by <see cref="Finish"/>): identifier, citizenship, detainers and demographics.</summary>
    private readonly record struct Identity(string Id, Citizenship Citizenship, ImmutableArray<Detainer> Detainers, Demographics Demographics);
}
