using FsCheck.Xunit;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Tracing;

namespace Retroact.Law.Tests.Retroactivity;

/// <summary>The limits of 18 U.S.C. §3582(c)(2) and USSG §1B1.10 over generated motions, stated as the law states them.</summary>
public class DecisionProperties
{
    private static readonly RetroactivityEngine Engine = RetroactivityEngine.Default;

    /// <summary>A heroin case sentenced in 2013 at 87 months, reduced to 70 under 782.</summary>
    private static readonly Case HeroinCase = new()
    {
        Id = "good", SentencedOn = new NodaTime.LocalDate(2013, 6, 1), Drugs = [new DrugAmount("heroin", 1500)],
        OffenseLevelAdjustments = -3, CriminalHistoryCategory = CriminalHistoryCategory.I, TermMonths = 87,
    };

    [Property(MaxTest = 3000)]
    public bool A_reduction_never_raises_a_term_and_an_ineligible_case_keeps_its_term(int seed)
    {
        // §3582(c)(2) "may reduce the term"; §1B1.10(a)(2): no reduction is authorized unless eligible.
        if (Decide(seed) is not { } d)
        {
            return true;
        }

        return d.Eligible ? d.ReducedTermMonths < d.TermMonths : d.ReducedTermMonths is null;
    }

    [Property(MaxTest = 3000)]
    public bool Never_below_the_amended_minimum_without_substantial_assistance(int seed)
    {
        // §1B1.10(b)(2)(A): "shall not reduce ... to a term that is less than the minimum of the amended guideline range".
        if (Decide(seed) is not { } d || !d.Eligible || d.Case.SubstantialAssistance is not null)
        {
            return true;
        }

        return d.ReducedTermMonths >= d.Figures.Amended!.Value.Range.MinMonths;
    }

    [Property(MaxTest = 10000)]
    public bool The_amended_range_is_never_above_the_original(int seed)
    {
        // §1B1.10(b)(1) substitutes only the listed amendments, each of which lowers ranges (the per-level cocaine-base
        // ratios of Amendment 711 are at most 16 kg/g, below the 20 kg/g they replaced, so they never raise a level either).
        if (Decide(seed) is not { } d || d.Figures.Amended is not { } amended)
        {
            return true;
        }

        var original = d.Figures.Original.Range;
        return amended.Range.MinMonths <= original.MinMonths && amended.Range.MaxMonths <= original.MaxMonths;
    }

    [Property(MaxTest = 1000)]
    public bool Applying_an_amendment_twice_changes_nothing(int seed)
    {
        var (@case, amendment, _) = DecisionGenerator.Next(new Random(seed), seed);
        var law = Engine.Catalog.Law;
        if (!law.TryEditionInForce(@case.Manual ?? @case.SentencedOn, out var edition))
        {
            return true;
        }

        var once = edition.With(amendment.File.Overlay);
        var again = once.With(amendment.File.Overlay with { Number = 99_999 });
        try
        {
            return GuidelineCalculator.CalculateFigures(@case, once) with { Edition = again } == GuidelineCalculator.CalculateFigures(@case, again);
        }
        catch (CaseCalculationException)
        {
            return true;
        }
    }

    [Fact]
    public void Batch_and_traced_paths_agree_on_100000_generated_cases()
    {
        var random = new Random(20151101);
        var decided = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var (@case, amendment, order) = DecisionGenerator.Next(random, i);
            Decision? traced = null;
            string? tracedError = null;
            try
            {
                traced = Engine.Decide(@case, amendment, order);
            }
            catch (CaseCalculationException e)
            {
                tracedError = e.Message;
            }

            var batch = new DecisionFigures[1];
            try
            {
                Engine.Decide([@case], amendment, order, batch);
                Assert.True(traced is not null, $"{@case.Id}: batch succeeded where traced failed: {tracedError}");
                Assert.Equal(traced.Figures, batch[0]);
                Assert.NotEmpty(traced.Trace);
                decided++;
            }
            catch (CaseCalculationException e)
            {
                Assert.Equal(tracedError, e.Message);
            }
        }

        Assert.True(decided > 50_000, $"only {decided} of 100,000 generated cases could be decided");
    }

    [Fact]
    public void The_batch_keeps_going_past_a_bad_case_and_names_its_error()
    {
        var amendment = Engine.Catalog.Find("782")!;
        var good = HeroinCase;
        Case[] cases = [good, good with { Id = "no-term", TermMonths = null }, good with { Id = "again" }];
        var results = new DecisionFigures[3];
        var errors = new CaseError?[3];

        Assert.Equal(2, Engine.Decide(cases, amendment, null, results, errors));
        Assert.Equal(70, results[0].ReducedTermMonths);
        Assert.Equal(new CaseError("no-term", "termMonths", "(missing)", "the term in months for the counts the guidelines govern, or life: true"), errors[1]);
        Assert.Equal(70, results[2].ReducedTermMonths);
        Assert.Null(errors[2]);
    }

    [Fact]
    public void A_reused_results_span_keeps_nothing_of_its_last_batch()
    {
        // The batch writes each decision in place: a slot that held an eligible decision with an amended range, then gets a
        // case the amendment does not speak to, must hold exactly what a fresh slot would (no amended range left behind).
        var amendment = Engine.Catalog.Find("782")!;
        var fraud = new Case
        {
            Id = "fraud", SentencedOn = new NodaTime.LocalDate(2013, 6, 1), Guideline = "2B1.1", BaseOffenseLevel = 7,
            OffenseLevelAdjustments = 10, CriminalHistoryCategory = CriminalHistoryCategory.I, TermMonths = 24,
        };
        var barred = HeroinCase with { Id = "sentenced-2016", SentencedOn = new NodaTime.LocalDate(2016, 6, 1) };
        Case[] first = [HeroinCase, HeroinCase, HeroinCase];
        Case[] second = [fraud, barred, HeroinCase with { Id = "again", TermMonths = 108 }];
        var reused = new DecisionFigures[3];
        var fresh = new DecisionFigures[3];

        Engine.Decide(first, amendment, null, reused);
        Engine.Decide(second, amendment, null, reused);
        Engine.Decide(second, amendment, null, fresh);

        Assert.Equal(fresh, reused);
        Assert.Equal(EligibilityReason.NotApplicable, reused[0].Reason);
        Assert.Null(reused[0].Amended);
        Assert.Null(reused[0].ReducedTermMonths);
        Assert.Equal(EligibilityReason.AlreadyApplied, reused[1].Reason);
        Assert.Equal(EligibilityReason.Eligible, reused[2].Reason);
        Assert.NotEqual(reused[0], reused[1]);
    }

    [Fact]
    public void A_bad_case_leaves_its_slot_default_even_in_a_reused_span()
    {
        var amendment = Engine.Catalog.Find("782")!;
        var results = new DecisionFigures[3];
        var errors = new CaseError?[3];
        Engine.Decide([HeroinCase, HeroinCase, HeroinCase], amendment, null, results);

        Assert.Equal(2, Engine.Decide([HeroinCase, HeroinCase with { Id = "no-term", TermMonths = null }, HeroinCase], amendment, null, results, errors));
        Assert.Equal(default, results[1]);
        Assert.NotNull(errors[1]);

        Engine.Decide([HeroinCase, HeroinCase, HeroinCase], amendment, null, results);
        Assert.Throws<CaseCalculationException>(() => Engine.Decide([HeroinCase, HeroinCase with { Id = "no-term", TermMonths = null }, HeroinCase], amendment, null, results));
        Assert.Equal(70, results[0].ReducedTermMonths);
        Assert.Equal(default, results[1]);
        Assert.Equal(70, results[2].ReducedTermMonths);
    }

    [Fact]
    public void A_whole_batch_decides_each_case_as_it_would_alone()
    {
        // One span of many cases (the batch loop asks for cases ahead of the one it decides), against one case at a time.
        var random = new Random(782);
        var amendment = Engine.Catalog.Find("782")!;
        var cases = Enumerable.Range(0, 5000).Select(i => DecisionGenerator.Next(random, i)).Where(g => g.Amendment == amendment && g.OrderDate is null)
            .Select(g => g.Case).Where(c => Decidable(c, amendment)).ToArray();
        var results = new DecisionFigures[cases.Length];
        var errors = new CaseError?[cases.Length];

        Engine.Decide(cases, amendment, null, results);
        Assert.Equal(cases.Length, Engine.Decide(cases, amendment, null, new DecisionFigures[cases.Length], errors));
        Assert.True(cases.Length > 100, $"only {cases.Length} generated 782 cases");
        for (var i = 0; i < cases.Length; i++)
        {
            Engine.Decide(cases[i], amendment, null, default(NoTrace), out var one);
            Assert.Equal(one, results[i]);
            Assert.Null(errors[i]);
        }
    }

    [Fact]
    public void A_missing_case_in_a_batch_stops_it_there_with_the_earlier_results_written()
    {
        var amendment = Engine.Catalog.Find("782")!;
        var good = HeroinCase;
        Case[] cases = [good, good, good, good, good, null!, good];
        var results = new DecisionFigures[cases.Length];

        Assert.Throws<ArgumentNullException>(() => Engine.Decide(cases, amendment, null, results));
        Assert.All(results[..5], r => Assert.Equal(70, r.ReducedTermMonths));
        Assert.Equal(default, results[5]);
    }

    private static bool Decidable(Case @case, Retroact.Law.Retroactivity.Amendments.Amendment amendment)
    {
        try
        {
            Engine.Decide(@case, amendment, null, default(NoTrace), out _);
            return true;
        }
        catch (CaseCalculationException)
        {
            return false;
        }
    }

    private static (Case Case, DecisionFigures Figures, bool Eligible, int? ReducedTermMonths, int TermMonths)? Decide(int seed)
    {
        var (@case, amendment, order) = DecisionGenerator.Next(new Random(seed), seed);
        try
        {
            Engine.Decide(@case, amendment, order, default(NoTrace), out var figures);
            return (@case, figures, figures.Eligible, figures.ReducedTermMonths, figures.TermMonths);
        }
        catch (CaseCalculationException)
        {
            return null;
        }
    }
}
