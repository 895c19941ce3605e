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
/// <c>decisions.csv</c>. Thread-safe: the code books are.
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

    /// <summary>A mapper interning into <paramref name="codes"/>; the values of the closed sets are interned at once.</summary>
    public OutcomeMapper(BreakdownCodes codes)
    {
        Codes = codes;
        _categories = [.. CategoryNames.Select(n => codes[Dimension.CriminalHistoryCategory].Intern(n))];
        _citizenship = [codes[Dimension.Citizenship].Intern("us"), codes[Dimension.Citizenship].Intern("non-us")];
        _custody = [.. new[] { "institution", "rrc", "home-confinement" }.Select(n => codes[Dimension.Custody].Intern(n))];
    }

    /// <summary>The code books the breakdown keys are interned in.</summary>
    public BreakdownCodes Codes { get; }

    /// <summary>
    /// The row for a decided case. <paramref name="plan"/> is the release plan under the order when one was computed
    /// (eligible cases with custody data, and cases decided moot because the person was out before the order), else null.
    /// </summary>
    public (CaseOutcome Outcome, DecisionDetail Detail) Decided(Case @case, in DecisionFigures figures, ReleasePlan? plan, AssumedFields assumed)
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
        var detail = new DecisionDetail(
            (short)figures.Original.Range.MinMonths,
            (short)figures.Original.Range.MaxMonths,
            (short)(figures.Amended?.Range.MinMonths ?? -1),
            (short)(figures.Amended?.Range.MaxMonths ?? -1),
            DayNumbers.Of(figures.OrderEffectiveDate),
            DayNumbers.None,
            DayNumbers.None,
            -1);
        if (plan is { } p)
        {
            outcome.OriginalReleaseDay = DayNumbers.Of(p.ProjectedReleaseDate);
            outcome.ReleaseDay = DayNumbers.Of(p.ReleaseDate);
            outcome.Flags |= (p.ReleaseDate is not null || p.ReleasedBeforeOrder ? OutcomeFlags.HasRelease : 0)
                | (p.ImmediateRelease ? OutcomeFlags.ImmediateRelease : 0)
                | (p.ReleasedBeforeOrder ? OutcomeFlags.ReleasedBeforeOrder : 0);
            outcome.Disposition = p.ReleaseDate is null || p.ReleasedBeforeOrder ? OutcomeDisposition.None : Disposition(p.Disposition);
            detail = detail with
            {
                NewProjectedReleaseDay = DayNumbers.Of(p.NewProjectedReleaseDate),
                SupervisedReleaseStartDay = DayNumbers.Of(p.SupervisedReleaseStart),
                GoodConductTimeDays = p.NewGoodConductTimeDays,
            };
        }

        Keys(@case, figures.Original.CriminalHistoryCategory, ref outcome);
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

    private void Keys(Case @case, CriminalHistoryCategory? category, ref CaseOutcome outcome)
    {
        var who = @case.Demographics;
        outcome.Keys[(int)Dimension.Race] = Codes[Dimension.Race].Intern(who?.Race);
        outcome.Keys[(int)Dimension.Ethnicity] = Codes[Dimension.Ethnicity].Intern(who?.Ethnicity);
        outcome.Keys[(int)Dimension.Citizenship] = @case.Citizenship is { } citizenship ? _citizenship[(int)citizenship] : (ushort)0;
        outcome.Keys[(int)Dimension.Sex] = Codes[Dimension.Sex].Intern(who?.Sex);
        outcome.Keys[(int)Dimension.Drug] = Codes[Dimension.Drug].Intern(@case.Drugs.IsDefaultOrEmpty ? null : @case.Drugs[0].Substance);
        outcome.Keys[(int)Dimension.CriminalHistoryCategory] = category is { } c ? _categories[(int)c] : (ushort)0;
        outcome.Keys[(int)Dimension.District] = Codes[Dimension.District].Intern(who?.District);
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
