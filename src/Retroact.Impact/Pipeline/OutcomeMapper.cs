using Retroact.Custody.Computation;
using Retroact.Custody.Release;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Population.Records;
using CustodyDisposition = Retroact.Custody.Release.ReleaseDisposition;
using OutcomeDisposition = Retroact.Impact.Outcomes.ReleaseDisposition;

namespace Retroact.Impact.Pipeline;

/// <summary>
/// Flattens one case's decision (the §1B1.10 engine's <see cref="DecisionFigures"/>) and release plan (the custody
/// <see cref="ReleasePlan"/>) into a <see cref="CaseOutcome"/> row and the extra <see cref="DecisionDetail"/> of
/// <c>decisions.csv</c>. One per worker thread: the code books it interns into are shared and thread-safe, but its memo
/// of the codes it met last (<see cref="CodeCache"/>) is not.
/// </summary>
public sealed class OutcomeMapper
{
    private static readonly string[] CategoryNames = ["", "I", "II", "III", "IV", "V", "VI"]; // index = CriminalHistoryCategory value; "" interns as unknown

    // The engine's floors map onto the report's by their JSON codes, resolved once.
    private static readonly LimitingFloor[] Floors =
        [.. Enum.GetValues<TermFloor>().OrderBy(f => (int)f).Select(f => LimitingFloors.Parse(f.Code() ?? "none"))];

    private readonly ushort[] _categories;
    private readonly ushort[] _citizenship;
    private readonly ushort[] _custody;
    private readonly CodeCache _race;
    private readonly CodeCache _ethnicity;
    private readonly CodeCache _sex;
    private readonly CodeCache _drug;
    private readonly CodeCache _district;

    /// <summary>A mapper interning into <paramref name="codes"/>; the values of the closed sets are interned at once.</summary>
    public OutcomeMapper(BreakdownCodes codes)
    {
        Codes = codes;
        _categories = [.. CategoryNames.Select(n => codes[Dimension.CriminalHistoryCategory].Intern(n))];
        _citizenship = [codes[Dimension.Citizenship].Intern("us"), codes[Dimension.Citizenship].Intern("non-us")];
        _custody = [.. new[] { "institution", "rrc", "home-confinement" }.Select(n => codes[Dimension.Custody].Intern(n))];
        _race = new CodeCache(codes[Dimension.Race]);
        _ethnicity = new CodeCache(codes[Dimension.Ethnicity]);
        _sex = new CodeCache(codes[Dimension.Sex]);
        _drug = new CodeCache(codes[Dimension.Drug]);
        _district = new CodeCache(codes[Dimension.District]);
    }

    /// <summary>The code books the breakdown keys are interned in.</summary>
    public BreakdownCodes Codes { get; }

    /// <summary>The row for a decided case with no release plan under the order.</summary>
    public (CaseOutcome Outcome, DecisionDetail Detail) Decided(Case @case, in DecisionFigures figures, AssumedFields assumed)
    {
        var outcome = Outcome(@case, figures, assumed);
        return (outcome, Detail(figures));
    }

    /// <summary>
    /// The row for a decided case with <paramref name="plan"/>, its release plan under the order (eligible cases with custody
    /// data, and cases decided moot because the person was out before the order).
    /// </summary>
    public (CaseOutcome Outcome, DecisionDetail Detail) Planned(Case @case, in DecisionFigures figures, in ReleasePlan plan, AssumedFields assumed)
    {
        var outcome = Outcome(@case, figures, assumed);
        var releaseDay = plan.ReleaseDay;
        outcome.OriginalReleaseDay = plan.ProjectedReleaseDay;
        outcome.ReleaseDay = releaseDay;
        outcome.Flags |= (releaseDay != DayNumbers.None || plan.ReleasedBeforeOrder ? OutcomeFlags.HasRelease : 0)
            | (plan.ImmediateRelease ? OutcomeFlags.ImmediateRelease : 0)
            | (plan.ReleasedBeforeOrder ? OutcomeFlags.ReleasedBeforeOrder : 0);
        outcome.Disposition = releaseDay == DayNumbers.None || plan.ReleasedBeforeOrder ? OutcomeDisposition.None : Disposition(plan.Disposition);
        var detail = Detail(figures) with
        {
            NewProjectedReleaseDay = plan.NewProjectedReleaseDay,
            SupervisedReleaseStartDay = plan.SupervisedReleaseStartDay,
            GoodConductTimeDays = plan.NewGoodConductTimeDays,
        };
        return (outcome, detail);
    }

    /// <summary>The row for an accepted case the engine cannot evaluate (it lacks a field this amendment needs).</summary>
    public (CaseOutcome Outcome, DecisionDetail Detail) Unevaluable(Case @case, AssumedFields assumed, int orderEffectiveDay)
    {
        var term = @case.Life ? 470 : @case.TermMonths ?? 0;
        var outcome = new CaseOutcome
        {
            Reason = OutcomeReason.Unevaluable,
            Flags = (@case.Life ? OutcomeFlags.Life : 0) | (assumed != AssumedFields.None ? OutcomeFlags.AssumptionsFilled : 0),
            TermMonths = (short)Math.Clamp(term, 0, short.MaxValue),
            ReducedTermMonths = (short)Math.Clamp(term, 0, short.MaxValue),
            OriginalReleaseDay = DayNumbers.None,
            ReleaseDay = DayNumbers.None,
        };
        Keys(@case, @case.CriminalHistoryCategory, ref outcome);
        return (outcome, new DecisionDetail(-1, -1, -1, -1, orderEffectiveDay, DayNumbers.None, DayNumbers.None, -1));
    }

    private CaseOutcome Outcome(Case @case, in DecisionFigures figures, AssumedFields assumed)
    {
        var outcome = new CaseOutcome
        {
            Reason = OutcomeReason.Of(figures.Reason),
            Flags = (@case.Life ? OutcomeFlags.Life : 0) | (assumed != AssumedFields.None ? OutcomeFlags.AssumptionsFilled : 0),
            LimitedBy = Floors[(int)figures.LimitedBy],
            TermMonths = (short)figures.TermMonths,
            ReducedTermMonths = (short)(figures.ReducedTermMonths ?? figures.TermMonths),
            OriginalReleaseDay = DayNumbers.None,
            ReleaseDay = DayNumbers.None,
        };
        Keys(@case, figures.Original.CriminalHistoryCategory, ref outcome);
        return outcome;
    }

    private static DecisionDetail Detail(in DecisionFigures figures) => new(
        (short)figures.Original.Range.MinMonths,
        (short)figures.Original.Range.MaxMonths,
        (short)(figures.Amended?.Range.MinMonths ?? -1),
        (short)(figures.Amended?.Range.MaxMonths ?? -1),
        DayNumbers.Of(figures.OrderEffectiveDate),
        DayNumbers.None,
        DayNumbers.None,
        -1);

    private void Keys(Case @case, CriminalHistoryCategory? category, ref CaseOutcome outcome)
    {
        var who = @case.Demographics;
        outcome.Keys[(int)Dimension.Race] = _race.Intern(who?.Race);
        outcome.Keys[(int)Dimension.Ethnicity] = _ethnicity.Intern(who?.Ethnicity);
        outcome.Keys[(int)Dimension.Citizenship] = @case.Citizenship is { } citizenship ? _citizenship[(int)citizenship] : (ushort)0;
        outcome.Keys[(int)Dimension.Sex] = _sex.Intern(who?.Sex);
        outcome.Keys[(int)Dimension.Drug] = _drug.Intern(@case.Drugs.IsDefaultOrEmpty ? null : @case.Drugs[0].Substance);
        outcome.Keys[(int)Dimension.CriminalHistoryCategory] = category is { } c ? _categories[(int)c] : (ushort)0;
        outcome.Keys[(int)Dimension.District] = _district.Intern(who?.District);
        outcome.Keys[(int)Dimension.Custody] = @case.Custody is { } custody ? _custody[(int)custody.Status] : (ushort)0;
    }

    private static OutcomeDisposition Disposition(CustodyDisposition disposition) => disposition switch
    {
        CustodyDisposition.Community => OutcomeDisposition.Community,
        CustodyDisposition.RrcRelease => OutcomeDisposition.RrcRelease,
        CustodyDisposition.HomeConfinementRelease => OutcomeDisposition.HomeConfinementRelease,
        CustodyDisposition.IceCustody => OutcomeDisposition.IceCustody,
        _ => OutcomeDisposition.DetainerCustody,
    };
}
