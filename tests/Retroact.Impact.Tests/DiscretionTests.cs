using Retroact.Impact.Costs;
using Retroact.Impact.Discretion;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

public sealed class DiscretionTests
{
    private static readonly HandBuiltPopulation Population = HandBuiltPopulation.Load("tiny-population.csv");

    private static DiscretionSummary Draw(GrantModel model, int draws = 200, ulong seed = 42) =>
        ImpactAnalysis.Analyse(Population.Rows, Population.Run(18, 2), Population.Codes, CostSchedule.Default,
            new DiscretionRequest(model, draws, seed)).Discretion!;

    [Fact]
    public void Rate_one_grants_every_eligible_motion_in_every_draw()
    {
        var d = Draw(GrantModel.Uniform(1m));
        Assert.Equal(new Distribution(9m, 9m, 9m), d.Granted);
        Assert.Equal(new Distribution(3.1m, 3.1m, 3.1m), d.BedYearsSaved);
        Assert.Equal(new Distribution(107_335.68m, 107_335.68m, 107_335.68m), d.DollarsSaved);
        Assert.Equal(new Distribution(5m, 5m, 5m), d.FirstYearReleases);
    }

    [Fact]
    public void Rate_zero_grants_nothing()
    {
        var d = Draw(GrantModel.Uniform(0m));
        Assert.Equal(new Distribution(0m, 0m, 0m), d.Granted);
        Assert.Equal(new Distribution(0m, 0m, 0m), d.DollarsSaved);
    }

    // Eligible by district (tiny-population.csv): MD C01, C03, C07, C13; TX-S C02, C05; IA-N C04, C14; no district C06.
    [Fact]
    public void Each_rule_counts_the_eligible_motions_it_set_the_rate_of_and_a_value_no_case_has_counts_none()
    {
        var model = GrantModel.Parse(new StringReader(
            "kind,value,rate,source\ndistrict,MD,0.5,a\ndistrict,ZZ-Q,0.5,b\ndistrict,TX-S,0.5,c\ndefault,,1,d\n"), "model.csv");
        Assert.Equal(
            [("MD", 4L), ("ZZ-Q", 0L), ("TX-S", 2L), ("", 3L)],
            Draw(model).Rules.Select(u => (u.Rule.Value, u.EligibleMatched)));
    }

    [Fact]
    public void The_first_matching_rule_sets_the_rate()
    {
        // MD denies every motion; everyone else is granted: 9 eligible − 4 in MD = 5 granted, saving
        // 1145 − (C01 183 + C03 94) = 868 days = 2.4 bed-years; first-year releases C02, C04, C14 = 3.
        var model = GrantModel.Parse(new StringReader(
            "# test model\nkind,value,rate,source\ndistrict,MD,0,assumption\ndefault,,1,assumption\n"), "model.csv");
        var d = Draw(model);
        Assert.Equal(new Distribution(5m, 5m, 5m), d.Granted);
        Assert.Equal(new Distribution(2.4m, 2.4m, 2.4m), d.BedYearsSaved);
        Assert.Equal(new Distribution(3m, 3m, 3m), d.FirstYearReleases);
    }

    [Fact]
    public void A_limited_by_rule_matches_the_floor_that_set_the_term()
    {
        // C01, C04, C14 were set by the amended minimum: 9 − 3 = 6 granted.
        var model = GrantModel.Parse(new StringReader("kind,value,rate,source\nlimitedBy,amended-minimum,0,assumption\ndefault,,1,assumption"), "m.csv");
        Assert.Equal(6m, Draw(model).Granted.Mean);
    }

    [Fact]
    public void The_same_seed_gives_the_same_draws_and_a_half_rate_spreads_them()
    {
        var a = Draw(GrantModel.Uniform(0.5m), seed: 7);
        var b = Draw(GrantModel.Uniform(0.5m), seed: 7);
        Assert.Equal(a, b);
        Assert.InRange(a.Granted.Mean, 3.5m, 5.5m);
        Assert.True(a.Granted.P5 < a.Granted.P95, $"p5 {a.Granted.P5} should be below p95 {a.Granted.P95}");
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        // 20 draws 1..20: rank ⌈0.05 × 20⌉ = 1 → 1; rank ⌈0.95 × 20⌉ = 19 → 19; mean 10.5.
        Assert.Equal(new Distribution(10.5m, 1m, 19m), Distribution.Of([.. Enumerable.Range(1, 20).Select(i => (long)(21 - i))], 1m, 1));
    }

    [Theory]
    [InlineData("kind,value,rate,source\ndistrict,MD,0.5,x", "m.csv: the last rule must be 'default,,RATE,SOURCE' so every case has a rate")]
    [InlineData("kind,value,rate,source\ncolour,red,0.5,x\ndefault,,1,x", "m.csv:2: kind 'colour' is not one of: default, limitedBy, race, ethnicity, citizenship, sex, drug, criminalHistoryCategory, district, custody")]
    [InlineData("kind,value,rate,source\ndistrict,MD,1.5,x\ndefault,,1,x", "m.csv:2: rate '1.5' is not a number from 0 to 1")]
    [InlineData("kind,value,rate,source\ndefault,,1,x\ndistrict,MD,1,x", "m.csv:3: a rule follows 'default', which must be the last rule")]
    [InlineData("kind,value,rate,source\nlimitedBy,judge,1,x\ndefault,,1,x", "m.csv:2: limitedBy 'judge' is not one of: none, amended-minimum, statutory-minimum, time-served")]
    [InlineData("kind,value,rate,source\ndefault,,1,", "m.csv:2: source is empty; say where the rate comes from, or 'assumption'")]
    public void A_bad_grant_model_is_refused_with_line_field_and_what_is_allowed(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => GrantModel.Parse(new StringReader(text), "m.csv"));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Spaces_around_a_rule_s_fields_are_ignored() =>
        Assert.Equal(
            new GrantRule("district", "TX-S", 0.5m, "x"),
            GrantModel.Parse(new StringReader("kind,value,rate,source\n district , TX-S , 0.5 ,x\ndefault,,1,x"), "m.csv").Rules[0]);

    [Fact]
    public void The_shipped_example_grant_model_reads_and_ends_with_default()
    {
        using var file = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Data", "grant-model-example.csv"));
        var model = GrantModel.Parse(file, "example.csv");
        Assert.Equal(["limitedBy", "criminalHistoryCategory", "custody", "default"], model.Rules.Select(r => r.Kind));
        Assert.Equal([0.90m, 0.60m, 0.85m, 0.75m], model.Rules.Select(r => r.Rate));
        Assert.All(model.Rules, r => Assert.StartsWith("assumption", r.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void A_grant_rate_outside_zero_to_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GrantModel.Uniform(1.01m));

    [Fact]
    public void The_report_says_how_motions_were_granted()
    {
        var report = ImpactAnalysis.Analyse(Population.Rows, Population.Run(18, 2), Population.Codes, CostSchedule.Default,
            new DiscretionRequest(GrantModel.Uniform(0.8m), 10, 3));
        Assert.Equal(
            "Motions are granted at random by one grant rate, 0.8, for every eligible motion, 10 seeded draws (seed 3); the other figures assume every eligible motion is granted.",
            report.GrantAssumption);
    }
}
