using NodaTime;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Law.Tracing;

namespace Retroact.Law.Tests.Retroactivity;

/// <summary>
/// A person released before the order's effective date has served the whole term: the motion is moot
/// (18 U.S.C. §3624(a); USSG §1B1.10(b)(2)(C)). The release date comes from the caller (the custody component).
/// </summary>
public class ReleasedBeforeOrderTests
{
    // 782-within-bottom: heroin 1.5 kg, −3, CHC I, 87 months: 87–108 → 70–87, reduced 70; order Nov 1, 2015 (§1B1.10(e)(1)).
    private static readonly Case Heroin = new()
    {
        Id = "released",
        SentencedOn = new LocalDate(2013, 6, 1),
        Drugs = [new DrugAmount("heroin", Grams: 1500m)],
        OffenseLevelAdjustments = -3,
        CriminalHistoryCategory = CriminalHistoryCategory.I,
        TermMonths = 87,
    };

    private static readonly Amendment Amendment782 = RetroactivityEngine.Default.Catalog.Find("782")!;

    [Theory]
    [InlineData("2015-06-01")] // released months before the order
    [InlineData("2015-11-01")] // released on the order's effective date: nothing left to reduce
    public void Released_on_or_before_the_order_is_no_reduction_available_limited_by_time_served(string released)
    {
        var decision = RetroactivityEngine.Default.Decide(Heroin, Amendment782, null, NodaTime.Text.LocalDatePattern.Iso.Parse(released).GetValueOrThrow());

        Assert.Equal(EligibilityReason.NoReductionAvailable, decision.Reason);
        Assert.False(decision.Eligible);
        Assert.Null(decision.ReducedTermMonths);
        Assert.Equal(TermFloor.TimeServed, decision.LimitedBy);
        Assert.Equal(new MonthRange(70, 87), decision.Amended!.Value.Range);
        var step = Assert.Single(decision.Trace, s => s.Step == "Released before the order");
        Assert.Equal("18 U.S.C. §3624(a); USSG §1B1.10(b)(2)(C)", step.Citation);
    }

    [Fact]
    public void Released_after_the_order_changes_nothing_and_batch_agrees()
    {
        var release = new LocalDate(2015, 11, 2);
        var decision = RetroactivityEngine.Default.Decide(Heroin, Amendment782, null, release);
        Assert.Equal(EligibilityReason.Eligible, decision.Reason);
        Assert.Equal(70, decision.ReducedTermMonths);

        var moot = new LocalDate(2015, 10, 30);
        RetroactivityEngine.Default.Decide(Heroin, Amendment782, null, default(NoTrace), out var batch, moot);
        Assert.Equal(RetroactivityEngine.Default.Decide(Heroin, Amendment782, null, moot).Figures, batch);
    }
}
