using System.Text.Json;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Law.Tests;

/// <summary>
/// Hand-worked end-to-end cases in Golden/*.json: the input (case format v1), the expected figures each with its
/// citation, and the working. Run through the reader, the edition choice and the calculator.
/// </summary>
public class GoldenCaseTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_forty_golden_cases() => Assert.True(Files().Count >= 40);

    [Theory]
    [MemberData(nameof(Files))]
    public void Golden_case(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", file)));
        var root = document.RootElement;
        Assert.True(root.GetProperty("working").GetArrayLength() > 0, $"{file}: the working is missing");
        var read = CaseReader.ReadOne(root.GetProperty("case"), file, file);
        Assert.True(read.Case is not null, $"{file}: {string.Join("; ", read.Errors.Select(e => e.Message))}");
        var @case = read.Case!;

        if (root.TryGetProperty("error", out var error))
        {
            var thrown = Assert.Throws<CaseCalculationException>(() =>
                GuidelineCalculator.Calculate(@case, GuidelineCalculator.EditionFor(@case, LawLibrary.Default)));
            Assert.Equal(error.GetString(), thrown.Message);
            return;
        }

        var expected = root.GetProperty("expected");
        var result = GuidelineCalculator.Calculate(@case, GuidelineCalculator.EditionFor(@case, LawLibrary.Default));
        Assert.Equal(expected.GetProperty("manual").GetString(), result.Edition.EffectiveFrom.ToString("yyyy-MM-dd", null));
        Assert.Equal(Int(expected, "baseOffenseLevel"), result.BaseOffenseLevel);
        Assert.Equal(Int(expected, "totalOffenseLevel"), result.TotalOffenseLevel);
        Assert.Equal(Text(expected, "criminalHistoryCategory"), result.CriminalHistoryCategory.ToString());
        Assert.Equal(expected.GetProperty("careerOffender").GetBoolean(), result.Figures.CareerOffender);
        Assert.Equal(Text(expected, "range"), Format(result.GuidelineRange));
        Assert.Equal(Text(expected, "restrictedRange"), Format(result.RestrictedRange));
        Assert.Equal(Text(expected, "zone"), result.Zone.ToString());
        var mismatches = expected.GetProperty("mismatches").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Equal(mismatches.Contains("baseOffenseLevel"), result.Figures.Mismatches.HasFlag(FindingMismatch.BaseOffenseLevel));
        Assert.Equal(mismatches.Contains("criminalHistoryCategory"), result.Figures.Mismatches.HasFlag(FindingMismatch.CriminalHistoryCategory));
        Assert.Equal(result.Figures, GuidelineCalculator.CalculateFigures(@case, result.Edition));
    }

    private static int? Int(JsonElement expected, string name)
    {
        var item = expected.GetProperty(name);
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("cite").GetString()), $"{name}: missing citation");
        var value = item.GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
    }

    private static string Text(JsonElement expected, string name)
    {
        var item = expected.GetProperty(name);
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("cite").GetString()), $"{name}: missing citation");
        return item.GetProperty("value").GetString()!;
    }

    private static string Format(SentenceRange range) => range.Minimum.IsLife ? "life" : $"{range.Minimum}-{range.Maximum}";
}
