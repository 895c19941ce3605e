using NodaTime;
using Retroact.Law.Retroactivity.Amendments;

namespace Retroact.Law.Tests.Retroactivity;

public class AmendmentCatalogTests
{
    private static readonly AmendmentCatalog Catalog = AmendmentCatalog.Default;

    [Fact]
    public void Every_required_motion_is_in_the_catalog_with_its_special_instruction()
    {
        Assert.Equal(new LocalDate(2008, 3, 3), Catalog.Find("706")!.Retroactivity.OrdersEffectiveFrom);
        Assert.Equal(new LocalDate(2011, 11, 1), Catalog.Find("750")!.Retroactivity.OrdersEffectiveFrom);
        Assert.Equal(new LocalDate(2015, 11, 1), Catalog.Find("782")!.Retroactivity.OrdersEffectiveFrom);
        Assert.Equal(new LocalDate(2024, 2, 1), Catalog.Find("821A")!.Retroactivity.OrdersEffectiveFrom);
        Assert.Equal(new LocalDate(2024, 2, 1), Catalog.Find("821B")!.Retroactivity.OrdersEffectiveFrom);
        Assert.Equal(["A"], Catalog.Find("821A")!.ReliedOn.Select(p => p.Id));
        Assert.Equal(["B1"], Catalog.Find("821B")!.ReliedOn.Select(p => p.Id));
        Assert.Equal(["A", "C"], Catalog.Find("750")!.ReliedOn.Select(p => p.Id));
    }

    [Fact]
    public void Amendment_782_splits_old_level_38_for_heroin()
    {
        // §2D1.1(c) as amended by 782: heroin 30 kg – <90 kg is level 36; 90 kg or more stays 38 (legal-facts §2a, §2c).
        var heroin = Catalog.Find("782")!.File.Overlay.DrugQuantity["heroin"]!;
        Assert.Equal(36, heroin.RowFor(50_000m).Level);
        Assert.Equal(38, heroin.RowFor(100_000m).Level);
        Assert.Equal(12, heroin.RowFor(4m).Level);
    }

    [Fact]
    public void Amendment_750_sets_the_18_to_1_crack_rows_and_the_3571_gram_equivalency()
    {
        var overlay = Catalog.Find("750")!.File.Overlay;
        var crack = overlay.DrugQuantity["cocaine-base"]!;
        Assert.Equal(26, crack.RowFor(28m).Level); // 28 g – <112 g: level 26 (Amend. 748/750)
        Assert.Equal(24, crack.RowFor(27.9m).Level);
        Assert.Equal(3571m, overlay.Equivalency["cocaine-base"]!.MarihuanaGrams);
        Assert.Null(overlay.CrackRule!.Value.Value);
        Assert.Null(overlay.MitigatingRoleCap); // 748's minimal-participant cap is 750 Part B, not listed in §1B1.10(d)
    }

    [Fact]
    public void Drugs_minus_four_lowers_782_by_two_more_and_merges_at_the_floor()
    {
        var heroin = Catalog.Find("drugs-minus-four")!.File.Overlay.DrugQuantity["heroin"]!;
        Assert.Equal(34, heroin.RowFor(50_000m).Level); // 782: 36 → 34
        Assert.Equal(36, heroin.RowFor(90_000m).Level); // 782: 38 → 36
        Assert.Equal(12, heroin.RowFor(15m).Level); // 782: 10–<20 g is 14 → 12
        Assert.Equal(12, heroin.RowFor(5m).Level); // 782: <10 g is 12, the floor: stays 12
    }

    [Fact]
    public void A_reform_can_be_treated_as_listed_on_another_day_and_an_enacted_amendment_cannot()
    {
        var moved = Catalog.Find("drugs-minus-four")!.AsIfListedOn(new LocalDate(2015, 11, 1));
        Assert.Equal((new LocalDate(2015, 11, 1), new LocalDate(2015, 11, 1)), (moved.Retroactivity.ListedOn, moved.Retroactivity.OrdersEffectiveFrom));
        Assert.Equal(("drugs-minus-four", 9001), (moved.Id, moved.Number));
        Assert.Same(Catalog.Find("drugs-minus-four")!.File.Overlay, moved.File.Overlay);
        Assert.Equal(new LocalDate(2027, 11, 1), moved.ListingMovedFrom);
        Assert.Null(Catalog.Find("drugs-minus-four")!.ListingMovedFrom);
        Assert.Equal(
            "782 is an enacted amendment: its listing and order dates are the law's, not an assumption to move",
            Assert.Throws<InvalidOperationException>(() => Catalog.Find("782")!.AsIfListedOn(new LocalDate(2015, 11, 1))).Message);
    }

    // Taken as in force from Nov 1, 2015, the reform is in the Manual of Nov 1, 2015 and not in the one of Nov 1, 2014;
    // on its file's day (Nov 1, 2027) it is in no Manual the library has.
    [Fact]
    public void A_reform_is_already_applied_in_a_manual_from_its_day_on()
    {
        var reform = Catalog.Find("drugs-minus-four")!;
        var moved = reform.AsIfListedOn(new LocalDate(2015, 11, 1));
        var law = LawLibrary.Default;
        Assert.True(moved.File.AppliedIn(law.EditionInForce(new LocalDate(2015, 11, 1))));
        Assert.False(moved.File.AppliedIn(law.EditionInForce(new LocalDate(2015, 10, 31))));
        Assert.All(law.Editions, edition => Assert.False(reform.File.AppliedIn(edition)));
    }

    [Fact]
    public void Crack_powder_parity_gives_cocaine_base_the_cocaine_rows()
    {
        var overlay = Catalog.Find("crack-powder-parity")!.File.Overlay;
        Assert.Equal(24, overlay.DrugQuantity["cocaine-base"]!.RowFor(500m).Level); // cocaine 500 g – <2 kg: 24 (782)
        Assert.Equal(200m, overlay.Equivalency["cocaine-base"]!.MarihuanaGrams);
    }

    [Fact]
    public void Status_points_abolished_adds_no_points()
        => Assert.Equal(0, Catalog.Find("status-points-abolished")!.File.Overlay.StatusPoints!.PointsFor(15));

    [Fact]
    public void The_embedded_catalog_and_the_repository_folder_agree()
    {
        var fromFolder = AmendmentCatalog.Load(RepositoryLaw.Directory, Retroact.Law.LawLibrary.Load(RepositoryLaw.Directory));
        Assert.Equal(Catalog.Ids, fromFolder.Ids);
    }

    [Fact]
    public void Amendment_821_Part_A_adds_one_status_point_from_seven_other_points()
    {
        var rule = Catalog.Find("821A")!.File.Overlay.StatusPoints!;
        Assert.Equal(0, rule.PointsFor(6));
        Assert.Equal(1, rule.PointsFor(7));
    }

    [Fact]
    public void A_malformed_reform_is_rejected_naming_file_entry_and_reason()
    {
        var folder = Directory.CreateTempSubdirectory("retroact-reform-");
        try
        {
            var path = Path.Combine(folder.FullName, "bad.json");
            File.WriteAllText(path, """
                {
                  "number": 9100, "title": "Bad", "effectiveOn": "2027-13-01", "citation": "x", "status": "reform",
                  "retroactivity": {"listedOn": "2027-11-01", "listedBy": "x", "ordersEffectiveFrom": "2027-11-01", "instruction": "x"},
                  "parts": [{"part": "all", "listed": true, "appliesTo": {"statusPoints": true},
                             "statusPoints": {"points": -1, "minimumOtherPoints": 0, "citation": "x"},
                             "drugLevelShift": {"relativeTo": 999, "levels": 2, "citation": "x"}, "colour": "red"}]
                }
                """);
            var error = Assert.Throws<AmendmentFileException>(() => Catalog.ReadReform(path));
            var file = $"{folder.Name}/bad.json";
            Assert.Contains(new AmendmentFileProblem(file, "$.effectiveOn", "required: a date YYYY-MM-DD, found \"2027-13-01\""), error.Problems);
            Assert.Contains(new AmendmentFileProblem(file, "$.parts[0].statusPoints.points", "required: a whole number from 0 to 3, found -1"), error.Problems);
            Assert.Contains(error.Problems, p => p.Entry == "$.parts[0].drugLevelShift.relativeTo" && p.Reason.StartsWith("amendment 999 is not encoded in law/amendments/ (encoded: 555,", StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.Entry == "$.parts[0].colour" && p.Reason.StartsWith("unknown member", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_table_with_a_gap_is_rejected_with_its_row()
    {
        var folder = Directory.CreateTempSubdirectory("retroact-reform-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "rows.csv"), """
                base_offense_level,substance,min_grams,max_grams,source
                38,Heroin,90000,,x
                36,Heroin,30000,80000,x
                12,Heroin,,30000,x
                """);
            var path = Path.Combine(folder.FullName, "gap.json");
            File.WriteAllText(path, """
                {
                  "number": 9101, "title": "Gap", "effectiveOn": "2027-11-01", "citation": "x", "status": "reform",
                  "retroactivity": {"listedOn": "2027-11-01", "listedBy": "x", "ordersEffectiveFrom": "2027-11-01", "instruction": "x"},
                  "parts": [{"part": "all", "listed": true, "appliesTo": {"guideline": "2D1.1"},
                             "drugQuantityTables": [{"file": "rows.csv", "measure": "grams", "substances": {"Heroin": "heroin"}, "citation": "x"}]}]
                }
                """);
            var error = Assert.Throws<AmendmentFileException>(() => Catalog.ReadReform(path));
            var problem = Assert.Single(error.Problems);
            Assert.Equal("rows.csv", problem.File);
            Assert.Equal("substance \"Heroin\"", problem.Entry);
            Assert.Equal("row 2 (level 36): gap between lessThan 80000 and the next row's atLeast 90000", problem.Reason);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
