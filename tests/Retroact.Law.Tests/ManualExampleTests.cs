using System.Collections.Immutable;
using NodaTime;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Tracing;

namespace Retroact.Law.Tests;

/// <summary>The Manual's own worked examples (legal-facts.md §F and A2), each checked in the edition it belongs to.</summary>
public class ManualExampleTests
{
    private static readonly LawLibrary Law = LawLibrary.Default;

    private static int Level(LocalDate date, params (string Substance, decimal Amount)[] drugs) =>
        DrugQuantityCalculator.Level(
            "example",
            [.. drugs.Select(d => CaseReader.Substances[d.Substance] ? new DrugAmount(d.Substance, Units: d.Amount) : new DrugAmount(d.Substance, Grams: d.Amount))],
            Law.EditionInForce(date),
            default(NoTrace));

    private static readonly LocalDate In2013 = new(2013, 11, 1);
    private static readonly LocalDate In2014 = new(2014, 11, 1);

    [Fact]
    public void Note_8C_iii_80_g_cocaine_and_2_g_cocaine_base_is_18_in_2013_and_16_in_2014()
    {
        Assert.Equal(18, Level(In2013, ("cocaine", 80), ("cocaine-base", 2)));
        Assert.Equal(16, Level(In2014, ("cocaine", 80), ("cocaine-base", 2)));
    }

    [Fact]
    public void Note_8C_i_70_g_pcp_and_250_mg_lsd_is_24_in_2013_and_22_in_2014()
    {
        Assert.Equal(22, Level(In2013, ("pcp", 70)));
        Assert.Equal(18, Level(In2013, ("lsd", 0.25m)));
        Assert.Equal(24, Level(In2013, ("pcp", 70), ("lsd", 0.25m)));
        Assert.Equal(20, Level(In2014, ("pcp", 70)));
        Assert.Equal(16, Level(In2014, ("lsd", 0.25m)));
        Assert.Equal(22, Level(In2014, ("pcp", 70), ("lsd", 0.25m)));
    }

    [Fact]
    public void Note_8C_ii_500_g_marihuana_and_10000_diazepam_units_is_10_in_2013_and_8_in_2014()
    {
        Assert.Equal(10, Level(In2013, ("marihuana", 500), ("schedule-iv", 10_000)));
        Assert.Equal(8, Level(In2014, ("marihuana", 500), ("schedule-iv", 10_000)));
    }

    [Fact]
    public void Note_8C_iv_schedule_III_IV_V_combined_is_capped()
    {
        // 2013: 56 kg + 4.99 kg + 0.999 kg = 61.99 kg, capped at 59.99 kg: marihuana 40-<60 kg is level 20.
        Assert.Equal(20, Level(In2013, ("schedule-iii", 56_000), ("schedule-iv", 100_000), ("schedule-v", 200_000)));
        // 2014: 76 kg + 9.99 kg + 2.49 kg = 88.48 kg, capped at 79.99 kg: marihuana 60-<80 kg is level 20.
        Assert.Equal(20, Level(In2014, ("schedule-iii", 76_000), ("schedule-iv", 200_000), ("schedule-v", 600_000)));
    }

    [Fact]
    public void Note_8A_100_g_oxymorphone_equivalent_500_kg_marihuana_is_28_in_2013_and_26_in_2014()
    {
        Assert.Equal(28, Level(In2013, ("marihuana", 500_000)));
        Assert.Equal(26, Level(In2014, ("marihuana", 500_000)));
    }

    [Fact]
    public void Section_3B1_2_note_3B_25_g_cocaine_is_14_in_2013_and_12_in_2014()
    {
        Assert.Equal(14, Level(In2013, ("cocaine", 25)));
        Assert.Equal(12, Level(In2014, ("cocaine", 25)));
    }

    [Fact]
    public void Section_3D1_5_example_2_cocaine_and_heroin_is_26_in_2013_and_24_in_2014()
    {
        Assert.Equal(26, Level(In2013, ("cocaine", 230), ("cocaine", 150), ("heroin", 75)));
        Assert.Equal(24, Level(In2014, ("cocaine", 230), ("cocaine", 150), ("heroin", 75)));
    }

    [Fact]
    public void Section_5G1_3_note_2D_quantities_give_16_in_both_manuals()
    {
        Assert.Equal(16, Level(In2013, ("cocaine", 55)));
        Assert.Equal(16, Level(In2014, ("cocaine", 115)));
    }

    [Fact]
    public void Amendment_711_example_20_g_crack_with_cocaine_and_marihuana_is_28()
    {
        // 20 g crack (level 26) x 5 kg = 100 kg; 1.5 kg cocaine + 10 kg marihuana = 310 kg; 410 kg -> level 28.
        Assert.Equal(28, Level(new LocalDate(2007, 11, 1), ("cocaine-base", 20), ("cocaine", 1500), ("marihuana", 10_000)));
    }

    [Fact]
    public void Amendment_715_example_I_reduction_applies()
    {
        // 400 + 300 + 10 = 710 kg -> 30, minus 2 = 28; the others alone (310 kg) give 26.
        Assert.Equal(28, Level(new LocalDate(2008, 5, 1), ("cocaine-base", 20), ("cocaine", 1500), ("marihuana", 10_000)));
    }

    [Fact]
    public void Amendment_715_example_II_reduction_does_not_apply_below_the_other_drug_alone()
    {
        // 100 + 6,000 = 6,100 kg -> 34, minus 2 = 32 < heroin alone 34, so 34.
        Assert.Equal(34, Level(new LocalDate(2008, 5, 1), ("cocaine-base", 5), ("heroin", 6000)));
    }

    [Fact]
    public void Explained_path_cites_each_step_with_its_edition()
    {
        var result = GuidelineCalculator.Calculate(
            new Case
            {
                Id = "n8",
                SentencedOn = new LocalDate(2015, 3, 2),
                Drugs = [new DrugAmount("cocaine", 80), new DrugAmount("cocaine-base", 2)],
                OffenseLevelAdjustments = 0,
                CriminalHistoryCategory = CriminalHistoryCategory.I,
            },
            Law.EditionInForce(new LocalDate(2015, 3, 2)));
        Assert.Equal(16, result.BaseOffenseLevel);
        Assert.Equal("21–27", result.GuidelineRange.ToString());
        var step = Assert.Single(result.Trace, s => s.Step == "Drug Quantity Table level (marihuana equivalent)");
        Assert.Equal("combined substances: 23.142 kg of marihuana", step.Inputs);
        Assert.EndsWith("[Nov. 1, 2014 Manual]", step.Citation, StringComparison.Ordinal);
    }
}
