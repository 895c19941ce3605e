using System.Collections.Immutable;
using NodaTime;
using Retroact.Law.Model;

namespace Retroact.Law.Cases;

/// <summary>
/// One sentenced person as the engine sees them: the facts found at sentencing (case file format v1,
/// documented in <c>docs/case-format-v1.md</c>), the term imposed, and where they stand in custody.
/// Immutable; a value that was not found at sentencing is <c>null</c>, never a guessed default.
/// </summary>
public sealed record Case
{
    /// <summary>The caller's identifier for the case; echoed in every result and error.</summary>
    public required string Id { get; init; }

    /// <summary>The day sentence was imposed; selects the Guidelines Manual in force unless <see cref="Manual"/> is given.</summary>
    public required LocalDate SentencedOn { get; init; }

    /// <summary>The effective date of the Manual edition the court used, when it was not the one in force on <see cref="SentencedOn"/>.</summary>
    public LocalDate? Manual { get; init; }

    /// <summary>The Chapter Two guideline that set the offense level, e.g. "2D1.1" or "2K2.1"; "2D1.1" when drugs are given and this is absent.</summary>
    public string? Guideline { get; init; }

    /// <summary>The controlled substances the offense level was based on; empty when none were recorded.</summary>
    public ImmutableArray<DrugAmount> Drugs { get; init; } = [];

    /// <summary>
    /// Under §2D1.2 only: the part of <see cref="Drugs"/> "directly involving a protected location or an underage or
    /// pregnant individual" (§2D1.2(a)(1)); <see cref="Drugs"/> is then the total quantity involved in the offense
    /// (§2D1.2(a)(2)). Empty when not recorded.
    /// </summary>
    public ImmutableArray<DrugAmount> ProtectedLocationDrugs { get; init; } = [];

    /// <summary>Under §2D1.2 only: the offense involved a person less than eighteen years of age (§2D1.2(a)(3)).</summary>
    public bool UnderageIndividual { get; init; }

    /// <summary>The base offense level as found at sentencing; used when <see cref="Drugs"/> is empty, checked against the drugs otherwise.</summary>
    public int? BaseOffenseLevel { get; init; }

    /// <summary>The total offense level as found at sentencing; used when it cannot be computed, checked against the computation otherwise.</summary>
    public int? TotalOffenseLevel { get; init; }

    /// <summary>
    /// Net of every specific offense characteristic and Chapter Three adjustment on top of the base level
    /// (e.g. +2 weapon, −3 acceptance), including the §3B1.2 role adjustment itself and the §2D1.1(b) safety-valve
    /// reduction, but not the §2D1.1(a)(5) mitigating-role cap, which the engine computes from <see cref="MitigatingRole"/>.
    /// </summary>
    public int? OffenseLevelAdjustments { get; init; }

    /// <summary>The §3B1.2 mitigating-role adjustment the defendant received, if any.</summary>
    public MitigatingRole? MitigatingRole { get; init; }

    /// <summary>The criminal history category found at sentencing, when given directly.</summary>
    public CriminalHistoryCategory? CriminalHistoryCategory { get; init; }

    /// <summary>Total criminal history points, status points included (the USSC's TOTCHPTS).</summary>
    public int? CriminalHistoryPoints { get; init; }

    /// <summary>The part of <see cref="CriminalHistoryPoints"/> added under §4A1.1(d) before Amendment 821 (the USSC's SENTPTS).</summary>
    public int? StatusPoints { get; init; }

    /// <summary>The §4C1.1 criteria that disqualify a zero-point offender (e.g. "weapon"); empty means none; <c>null</c> means unknown.</summary>
    public ImmutableArray<string>? ZeroPointDisqualifiers { get; init; }

    /// <summary>The §4B1.1 career-offender finding, when the court made one.</summary>
    public CareerOffenderFinding? CareerOffender { get; init; }

    /// <summary>The statutory minimum term in months; <c>null</c> means none.</summary>
    public int? StatutoryMinimumMonths { get; init; }

    /// <summary>The statutory maximum term in months; <c>null</c> means life.</summary>
    public int? StatutoryMaximumMonths { get; init; }

    /// <summary>True when the statutory minimum did not apply under 18 U.S.C. §3553(f) (the −2 of §2D1.1(b) is already in <see cref="OffenseLevelAdjustments"/>).</summary>
    public bool SafetyValve { get; init; }

    /// <summary>The government motion behind a term below the range, if any.</summary>
    public SubstantialAssistance? SubstantialAssistance { get; init; }

    /// <summary>The term in months for the counts the guidelines govern, as imposed or last modified; <c>null</c> with <see cref="Life"/>.</summary>
    public int? TermMonths { get; init; }

    /// <summary>True for a life term on the counts the guidelines govern.</summary>
    public bool Life { get; init; }

    /// <summary>A term that must run consecutively and that no guideline amendment touches (e.g. 18 U.S.C. §924(c)); 0 when none.</summary>
    public int ConsecutiveMonths { get; init; }

    /// <summary>Where the person stands in custody; <c>null</c> when unknown (no release date can then be computed).</summary>
    public CustodyFacts? Custody { get; init; }

    /// <summary>U.S. citizen or not; <c>null</c> when unknown.</summary>
    public Citizenship? Citizenship { get; init; }

    /// <summary>Detainers lodged against the person; empty when none.</summary>
    public ImmutableArray<Detainer> Detainers { get; init; } = [];

    /// <summary>Who the person is, for breakdowns only; never an input to any legal rule.</summary>
    public Demographics? Demographics { get; init; }
}

/// <summary>A quantity of one controlled substance: <see cref="Grams"/> for weight-based rows, <see cref="Units"/> for unit-counted rows.</summary>
/// <param name="Substance">The substance id, e.g. "heroin", "cocaine-base" (the list is in <c>docs/case-format-v1.md</c>).</param>
/// <param name="Grams">The weight in grams (of the mixture, or of the pure substance for an "-actual" id).</param>
/// <param name="Units">The count of units (pills, doses) for unit-counted substances.</param>
public sealed record DrugAmount(string Substance, decimal? Grams = null, decimal? Units = null)
{
    private readonly string _substance = Substance;
    private readonly int _substanceNumber = SubstanceIds.Of(Substance);
    private readonly decimal? _grams = Grams;
    private readonly decimal? _units = Units;
    private readonly Measured _measured = Measured.Of(Grams, Units);

    /// <summary>The substance id, e.g. "heroin", "cocaine-base" (the list is in <c>docs/case-format-v1.md</c>).</summary>
    public string Substance
    {
        get => _substance;
        init
        {
            _substance = value;
            _substanceNumber = SubstanceIds.Of(value);
        }
    }

    /// <summary>The weight in grams (of the mixture, or of the pure substance for an "-actual" id).</summary>
    public decimal? Grams
    {
        get => _grams;
        init => (_grams, _measured) = (value, Measured.Of(value, _units));
    }

    /// <summary>The count of units (pills, doses) for unit-counted substances.</summary>
    public decimal? Units
    {
        get => _units;
        init => (_units, _measured) = (value, Measured.Of(_grams, value));
    }

    /// <summary>The substance's number (<see cref="SubstanceIds"/>), by which an edition finds its lines and equivalency.</summary>
    internal int SubstanceNumber => _substanceNumber;

    /// <summary>The quantity given, in grams or units; 0 when neither is.</summary>
    internal decimal Quantity => _measured.Quantity;

    /// <summary>The measure of the quantity given; <c>null</c> unless exactly one of grams and units is given and it is above 0.</summary>
    internal QuantityMeasure? Given => _measured.Given;

    /// <summary><see cref="Quantity"/> in millionths (<see cref="DrugQuantityTable.Millionths"/>).</summary>
    internal long Millionths => _measured.Millionths;

    /// <summary>What the Drug Quantity Table reads of the grams and units, worked out once when either is set.</summary>
    private readonly record struct Measured(decimal Quantity, QuantityMeasure? Given, long Millionths)
    {
        public static Measured Of(decimal? grams, decimal? units)
        {
            var quantity = grams ?? units ?? 0m;
            QuantityMeasure? given = (grams, units) switch
            {
                ({ } g, null) when g > 0 => QuantityMeasure.Grams,
                (null, { } u) when u > 0 => QuantityMeasure.Units,
                _ => null,
            };
            return new Measured(quantity, given, DrugQuantityTable.Millionths(quantity));
        }
    }
}

/// <summary>The §4B1.1 finding: the career-offender offense level, after any acceptance reduction.</summary>
/// <param name="OffenseLevel">The offense level from the §4B1.1(b) table, after §3E1.1.</param>
public sealed record CareerOffenderFinding(int OffenseLevel);

/// <summary>Custody status and credits used by the Bureau of Prisons' computation.</summary>
public sealed record CustodyFacts
{
    /// <summary>The day the sentence commenced (18 U.S.C. §3585(a)).</summary>
    public required LocalDate CommencedOn { get; init; }

    /// <summary>Days of official detention before commencement credited under 18 U.S.C. §3585(b).</summary>
    public int PriorCustodyDays { get; init; }

    /// <summary>Where the person is held on the as-of date.</summary>
    public CustodyStatus Status { get; init; } = CustodyStatus.Institution;

    /// <summary>Good conduct time disallowed or forfeited for discipline, in days.</summary>
    public int GctDisallowedDays { get; init; }
}

/// <summary>Descriptive facts used only to break results down.</summary>
public sealed record Demographics
{
    /// <summary>Race as recorded, e.g. "white", "black", "other".</summary>
    public string? Race { get; init; }

    /// <summary>Ethnicity as recorded: "hispanic" or "non-hispanic".</summary>
    public string? Ethnicity { get; init; }

    /// <summary>Sex as recorded: "male" or "female".</summary>
    public string? Sex { get; init; }

    /// <summary>The federal judicial district of sentencing, e.g. "TX-S".</summary>
    public string? District { get; init; }

    /// <summary>Age in years at sentencing.</summary>
    public int? Age { get; init; }
}

/// <summary>Criminal history category, Chapter Four, Part A; the numeric value is the column of the Sentencing Table.</summary>
public enum CriminalHistoryCategory : byte
{
    /// <summary>Category I (0 or 1 points).</summary>
    I = 1,
    /// <summary>Category II (2 or 3 points).</summary>
    II = 2,
    /// <summary>Category III (4, 5 or 6 points).</summary>
    III = 3,
    /// <summary>Category IV (7, 8 or 9 points).</summary>
    IV = 4,
    /// <summary>Category V (10, 11 or 12 points).</summary>
    V = 5,
    /// <summary>Category VI (13 or more points; every career offender).</summary>
    VI = 6,
}

/// <summary>The §3B1.2 mitigating-role adjustment received.</summary>
public enum MitigatingRole
{
    /// <summary>§3B1.2(a), minimal participant: −4.</summary>
    Minimal,
    /// <summary>§3B1.2(b), minor participant: −2.</summary>
    Minor,
    /// <summary>Between (a) and (b): −3.</summary>
    Intermediate,
}

/// <summary>The government motion that put a term below the guideline range.</summary>
public enum SubstantialAssistance
{
    /// <summary>USSG §5K1.1: below the guideline range only, never below a statutory minimum.</summary>
    Section5K1_1,
    /// <summary>18 U.S.C. §3553(e): also below a statutory minimum.</summary>
    Section3553e,
    /// <summary>Fed. R. Crim. P. 35(b): a later reduction, also below a statutory minimum.</summary>
    Rule35b,
}

/// <summary>Where a person in Bureau of Prisons custody is held.</summary>
public enum CustodyStatus
{
    /// <summary>A prison or other secure facility.</summary>
    Institution,
    /// <summary>A residential reentry center (halfway house).</summary>
    Rrc,
    /// <summary>Home confinement under 18 U.S.C. §3624(c).</summary>
    HomeConfinement,
}

/// <summary>Citizenship as it bears on release: a non-citizen may be handed to immigration authorities.</summary>
public enum Citizenship
{
    /// <summary>A United States citizen.</summary>
    Us,
    /// <summary>Not a United States citizen.</summary>
    NonUs,
}

/// <summary>An authority that has lodged a detainer and takes custody on release.</summary>
public enum Detainer
{
    /// <summary>U.S. Immigration and Customs Enforcement.</summary>
    Ice,
    /// <summary>A state authority.</summary>
    State,
    /// <summary>Any other authority.</summary>
    Other,
}
