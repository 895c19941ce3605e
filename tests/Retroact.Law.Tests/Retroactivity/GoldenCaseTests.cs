using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;

namespace Retroact.Law.Tests.Retroactivity;

/// <summary>
/// The hand-worked cases in <c>Golden/*.json</c>: each gives a case (case file format v1), the motion, every expected
/// value with its citation, and the working from the Manual's tables. One test per case.
/// </summary>
public class GoldenCaseTests
{
    private static readonly string Folder = Path.Combine(Path.GetDirectoryName(RepositoryLaw.Directory)!, "tests", "Retroact.Law.Tests", "Retroactivity", "Golden");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var golden in document.RootElement.EnumerateArray())
            {
                data.Add(Path.GetFileName(file), golden.GetProperty("name").GetString()!);
            }
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_60_hand_worked_cases_across_the_five_amendments_and_the_reforms()
    {
        var perFile = Directory.GetFiles(Folder, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetArrayLength());
        Assert.True(perFile.Values.Sum() >= 60, $"{perFile.Values.Sum()} cases");
        Assert.All(["706", "750", "782", "821A", "821B", "reforms"], f => Assert.True(perFile.GetValueOrDefault(f) >= 3, f));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hand_worked_case(string file, string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var golden = document.RootElement.EnumerateArray().Single(g => g.GetProperty("name").GetString() == name);
        Assert.True(golden.GetProperty("working").GetArrayLength() > 0, "every case shows its working");
        var read = Assert.Single(CaseReader.Read(golden.GetProperty("case").GetRawText(), name));
        Assert.Empty(read.Errors);
        var motion = golden.GetProperty("motion");
        var amendment = RetroactivityEngine.Default.Catalog.Find(motion.GetProperty("amendment").GetString()!)!;
        LocalDate? orderDate = motion.GetProperty("orderDate").ValueKind == JsonValueKind.Null ? null : Date(motion.GetProperty("orderDate"));

        var decision = RetroactivityEngine.Default.Decide(read.Case!, amendment, orderDate);
        var expect = golden.GetProperty("expect");
        Assert.Equal(Date(Value(expect, "orderEffectiveDate")), decision.OrderEffectiveDate);
        AssertCalculation(expect.GetProperty("original"), decision.Original);
        if (expect.GetProperty("amended").ValueKind == JsonValueKind.Null)
        {
            Assert.Null(decision.Amended);
        }
        else
        {
            AssertCalculation(expect.GetProperty("amended"), decision.Amended!.Value);
        }

        Assert.Equal(Value(expect, "reason").GetString(), decision.Reason.Code());
        Assert.Equal(decision.Reason == EligibilityReason.Eligible, decision.Eligible);
        var reduced = Value(expect, "reducedTermMonths");
        Assert.Equal(reduced.ValueKind == JsonValueKind.Null ? null : reduced.GetInt32(), decision.ReducedTermMonths);
        Assert.Equal(Value(expect, "limitedBy").GetString(), decision.LimitedBy.Code());
        Assert.All(decision.Trace, s => Assert.False(string.IsNullOrWhiteSpace(s.Citation), $"step \"{s.Step}\" has no citation"));
    }

    private static void AssertCalculation(JsonElement expected, GuidelineSummary actual)
    {
        Assert.False(string.IsNullOrWhiteSpace(expected.GetProperty("cite").GetString()));
        Assert.Equal(expected.GetProperty("manual").GetString(), actual.Edition.Name);
        Assert.Equal(expected.GetProperty("baseOffenseLevel").GetInt32(), actual.BaseOffenseLevel);
        Assert.Equal(expected.GetProperty("totalOffenseLevel").GetInt32(), actual.TotalOffenseLevel);
        Assert.Equal(expected.GetProperty("criminalHistoryCategory").GetString(), actual.CriminalHistoryCategory.ToString());
        var range = expected.GetProperty("range");
        Assert.Equal(new MonthRange(Months(range[0]), Months(range[1])), actual.Range);
    }

    private static int Months(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() == "life" ? MonthArithmetic.Life : value.GetInt32();

    /// <summary>An expected value is written [value, citation]; the citation must be there.</summary>
    private static JsonElement Value(JsonElement expect, string name)
    {
        var pair = expect.GetProperty(name);
        Assert.Equal(2, pair.GetArrayLength());
        Assert.False(string.IsNullOrWhiteSpace(pair[1].GetString()), $"{name} has no citation");
        return pair[0];
    }

    private static LocalDate Date(JsonElement value) =>
        LocalDatePattern.Iso.Parse(value.GetString()!).GetValueOrThrow();
}
