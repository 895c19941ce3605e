using System.Text.Json.Nodes;

namespace Retroact.Law.Tests;

/// <summary>The strict loader: each kind of bad law file is rejected with a message naming the file, the entry and the problem.</summary>
public sealed class LoaderRejectionTests : IDisposable
{
    private readonly string _law;

    public LoaderRejectionTests()
    {
        _law = Path.Combine(Path.GetTempPath(), "retroact-law-" + Guid.NewGuid().ToString("N"));
        Copy(RepositoryLaw(), _law);
    }

    public void Dispose() => Directory.Delete(_law, recursive: true);

    [Fact]
    public void The_repository_law_loads_from_a_directory_like_the_embedded_copy()
    {
        var loaded = LawLibrary.Load(_law);
        Assert.Equal(LawLibrary.Default.Editions.Select(e => e.Name), loaded.Editions.Select(e => e.Name));
    }

    [Fact]
    public void Unknown_key_is_rejected()
    {
        Edit("tables/sentencing-table.json", root => root["colour"] = "red");
        Assert.Equal(
            "tables/sentencing-table.json: $.colour: unknown key (see docs/law-data.md for the keys of each file)",
            Reject().Message);
    }

    [Fact]
    public void A_drug_guideline_alternative_with_both_add_and_level_is_rejected()
    {
        Edit("tables/drug-guidelines/2D1.5.json", root => root["alternatives"]![0]!["level"] = 38);
        Assert.Equal("tables/drug-guidelines/2D1.5.json: alternatives[0]: needs exactly one of add (plus the §2D1.1 level) or level (fixed)", Reject().Message);
    }

    [Fact]
    public void A_role_cap_without_its_paragraph_is_rejected()
    {
        Edit("tables/mitigating-role-cap/640.json", root => root.AsObject().Remove("paragraphs"));
        Assert.Equal("tables/mitigating-role-cap/640.json: paragraphs: missing: the paragraph of §2D1.1 the cap stood in, from each date", Reject().Message);
    }

    [Fact]
    public void A_zone_band_starting_beyond_the_look_up_is_rejected()
    {
        Edit("tables/zones/1992-11-01.json", root => root["bands"]![3]!["minimumFrom"] = 1001);
        Assert.Equal("tables/zones/1992-11-01.json: band 4: minimumFrom 1001 months is above 1000 (the look-up keeps an entry for every month up to the last band's start)", Reject().Message);
    }

    [Fact]
    public void A_zone_file_without_bands_is_rejected()
    {
        Edit("tables/zones/1992-11-01.json", root => root["bands"] = new JsonArray());
        Assert.Equal("tables/zones/1992-11-01.json: bands: none: at least Zone A, from 0 months", Reject().Message);
    }

    [Fact]
    public void A_criminal_history_band_starting_beyond_the_look_up_is_rejected()
    {
        Edit("tables/criminal-history/points-to-category.json", root => root["bands"]![5]!["fromPoints"] = 5000);
        Assert.Equal("tables/criminal-history/points-to-category.json: band 6: fromPoints 5000 is above 1000 (the look-up keeps an entry for every point up to the last band's start)", Reject().Message);
    }

    [Fact]
    public void Unknown_key_inside_a_row_is_rejected()
    {
        Edit("tables/drug-quantity/heroin.1994-11-01.json", root => root["rows"]![2]!["grams"] = 5);
        Assert.Equal("tables/drug-quantity/heroin.1994-11-01.json: $.rows[2].grams: unknown key (see docs/law-data.md for the keys of each file)", Reject().Message);
    }

    [Fact]
    public void Missing_citation_is_rejected()
    {
        Edit("tables/drug-quantity/heroin.1994-11-01.json", root => root["rows"]![2]!.AsObject().Remove("cite"));
        Assert.Equal("tables/drug-quantity/heroin.1994-11-01.json: row 3 (level 34): missing citation", Reject().Message);
    }

    [Fact]
    public void Thresholds_that_are_not_monotonic_are_rejected()
    {
        Edit("tables/drug-quantity/cocaine.2014-11-01.json", root => root["rows"]![3]!["atLeast"] = 60000);
        Assert.Equal("tables/drug-quantity/cocaine.2014-11-01.json: row 4 (level 32): thresholds not monotonic: atLeast 60000 is not below lessThan 50000", Reject().Message);
    }

    [Fact]
    public void A_gap_between_rows_is_rejected()
    {
        Edit("tables/drug-quantity/marihuana.1994-11-01.json", root => root["rows"]![16]!["lessThan"] = 200);
        Assert.Equal("tables/drug-quantity/marihuana.1994-11-01.json: row 17 (level 6): gap between lessThan 200 and the next row's atLeast 250", Reject().Message);
    }

    [Fact]
    public void An_overlap_between_rows_is_rejected()
    {
        Edit("tables/drug-quantity/lsd.2014-11-01.json", root => root["rows"]![1]!["lessThan"] = 1000);
        Assert.Equal("tables/drug-quantity/lsd.2014-11-01.json: row 2 (level 36): overlap between lessThan 1000 and the next row's atLeast 900", Reject().Message);
    }

    [Fact]
    public void A_missing_table_cell_is_rejected()
    {
        Edit("tables/sentencing-table.json", root => root["rows"]![29]!["ranges"]!.AsArray().RemoveAt(5));
        Assert.Equal("tables/sentencing-table.json: row 30 (level 30): missing table cell: 5 ranges, expected 6 (categories I-VI)", Reject().Message);
    }

    [Fact]
    public void A_missing_table_row_is_rejected()
    {
        Edit("tables/sentencing-table.json", root => root["rows"]!.AsArray().RemoveAt(42));
        Assert.Equal("tables/sentencing-table.json: level 43: missing table row", Reject().Message);
    }

    [Fact]
    public void Editions_out_of_date_order_are_rejected()
    {
        Edit("editions/1995-11-01.json", root => root["effectiveFrom"] = "1994-11-01");
        Assert.Equal("editions/1995-11-01.json: effectiveFrom: 1994-11-01 is not after the previous edition's 1994-11-01", Reject().Message);
    }

    [Fact]
    public void An_amendment_without_a_file_is_rejected()
    {
        Edit("editions/2014-11-01.json", root => root["amendments"]!.AsArray().Add(999));
        Assert.Equal("editions/2014-11-01.json: amendments (999): no file amendments/999.json", Reject().Message);
    }

    [Fact]
    public void A_referenced_file_that_does_not_exist_is_rejected()
    {
        Edit("amendments/782.json", root => root["changes"]!["drugQuantity"]!["heroin"] = "tables/drug-quantity/heroin.2099-01-01.json");
        Assert.StartsWith("tables/drug-quantity/heroin.2099-01-01.json: file: not found under ", Reject().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_filed_under_the_wrong_substance_is_rejected()
    {
        Edit("amendments/782.json", root => root["changes"]!["drugQuantity"]!["heroin"] = "tables/drug-quantity/cocaine.2014-11-01.json");
        Assert.Equal("amendments/782.json: drugQuantity.heroin: tables/drug-quantity/cocaine.2014-11-01.json holds the lines of \"cocaine\"", Reject().Message);
    }

    private LawDataException Reject() => Assert.Throws<LawDataException>(() => LawLibrary.Load(_law));

    private void Edit(string file, Action<JsonNode> change)
    {
        var path = Path.Combine(_law, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        change(root);
        File.WriteAllText(path, root.ToJsonString());
    }

    internal static string RepositoryLaw()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "law", "editions")))
            {
                return Path.Combine(dir.FullName, "law");
            }
        }

        throw new DirectoryNotFoundException("law/ not found above " + AppContext.BaseDirectory);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
