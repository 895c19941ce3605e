using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Law.Tests;

/// <summary>
/// Citations a defender can paste: every citation in the law names the Manual, amendment or statute, never a file of
/// this repository or the repository a text was read from (that goes in the data's <c>source</c>); drug lines name
/// the amendment that set them; the role-cap step names the paragraph the cap stood in.
/// </summary>
public partial class CitationTests
{
    private static readonly LawLibrary Law = LawLibrary.Default;

    [GeneratedRegex(@"legal-facts|tests/|\.csv\b|\.md\b|\.json\b|codexstanford|chunck|mmukku|ussc-mm|docs/Word", RegexOptions.IgnoreCase)]
    private static partial Regex Internal();

    [Fact]
    public void No_citation_in_the_law_files_names_an_internal_or_transcription_source()
    {
        var assembly = typeof(LawLibrary).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("law/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(names);
        var offending = new List<string>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            Collect(document.RootElement, name, offending);
        }

        Assert.Empty(offending);
    }

    [Fact]
    public void No_trace_step_of_a_golden_case_cites_an_internal_file()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (!document.RootElement.TryGetProperty("expected", out _))
            {
                continue;
            }

            var @case = CaseReader.ReadOne(document.RootElement.GetProperty("case"), file, file).Case!;
            var result = GuidelineCalculator.Calculate(@case, GuidelineCalculator.EditionFor(@case, Law));
            Assert.All(result.Trace, step => Assert.False(Internal().IsMatch(step.Citation), $"{Path.GetFileName(file)}: {step.Step}: {step.Citation}"));
        }
    }

    /// <summary>1996: cocaine 60 g is §2D1.1(c)(12), level 16, as the table stood from Amend. 505 (eff. Nov. 1, 1994).</summary>
    [Fact]
    public void A_1996_drug_line_is_cited_to_the_amendment_that_set_it_and_the_manual_in_force()
    {
        var step = Assert.Single(Explain(new LocalDate(1996, 6, 3), null, new DrugAmount("cocaine", 60)).Trace, s => s.Step.StartsWith("Drug Quantity Table", StringComparison.Ordinal));
        Assert.Equal("USSG §2D1.1(c)(12) as in force from Amend. 505 (eff. Nov. 1, 1994), which capped the table at level 38 [Nov. 1, 1995 Manual]", step.Citation);
    }

    /// <summary>
    /// Amend. 640 (Nov. 1, 2002) put the cap in §2D1.1(a)(3); Amend. 727 (Nov. 1, 2009) redesignated it (a)(5). Heroin 10 kg
    /// is level 36: under Amend. 668's cap (34 or 36: -3) a minor participant gets 33.
    /// </summary>
    [Theory]
    [InlineData(2003, 6, 2, "Mitigating-role cap (§2D1.1(a)(3))", 30)]
    [InlineData(2006, 6, 1, "Mitigating-role cap (§2D1.1(a)(3))", 33)]
    [InlineData(2009, 6, 1, "Mitigating-role cap (§2D1.1(a)(3))", 33)]
    [InlineData(2009, 11, 2, "Mitigating-role cap (§2D1.1(a)(5))", 33)]
    [InlineData(2015, 6, 1, "Mitigating-role cap (§2D1.1(a)(5))", 31)]
    public void The_role_cap_step_names_the_paragraph_the_cap_stood_in(int y, int m, int d, string label, int capped)
    {
        var result = Explain(new LocalDate(y, m, d), MitigatingRole.Minor, new DrugAmount("heroin", 10_000));
        var step = Assert.Single(result.Trace, s => s.Step.StartsWith("Mitigating-role cap", StringComparison.Ordinal));
        Assert.Equal(label, step.Step);
        Assert.Equal(capped, result.BaseOffenseLevel);
    }

    private static GuidelineResult Explain(LocalDate on, MitigatingRole? role, params DrugAmount[] drugs)
    {
        var @case = new Case
        {
            Id = "c",
            SentencedOn = on,
            Drugs = [.. drugs],
            MitigatingRole = role,
            OffenseLevelAdjustments = 0,
            CriminalHistoryCategory = CriminalHistoryCategory.I,
        };
        return GuidelineCalculator.Calculate(@case, Law.EditionInForce(on));
    }

    private static void Collect(JsonElement element, string file, List<string> offending)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.EndsWith("ite", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String
                        && Internal().IsMatch(property.Value.GetString()!))
                    {
                        offending.Add($"{file}: {property.Name}: {property.Value.GetString()}");
                    }

                    Collect(property.Value, file, offending);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, file, offending);
                }

                break;
        }
    }
}
