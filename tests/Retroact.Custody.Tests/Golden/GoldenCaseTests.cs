using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Retroact.Custody.Release;
using Retroact.Law.Cases;
using Retroact.Law.Tracing;

namespace Retroact.Custody.Tests.Golden;

/// <summary>
/// Runs every hand-worked case in <c>Golden/cases/*.json</c>: each file holds the input (a case in case file format v1,
/// the reduced term, the order's effective date, the as-of date), the expected dates and flags, and the working for
/// each date. See <c>docs/custody.md</c>, "Golden cases".
/// </summary>
public class GoldenCaseTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Golden", "cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_forty_golden_cases() => Assert.True(Cases().Count >= 40, $"{Cases().Count} golden cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_case(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = document.RootElement;
        var input = root.GetProperty("input");
        var expected = root.GetProperty("expected");
        var working = root.GetProperty("working");

        var plan = ReleasePlanner.Current.Plan(
            ReadCase(input.GetProperty("case")),
            Int(input.GetProperty("reducedTermMonths")),
            Date(input.GetProperty("orderEffective")),
            Date(input.GetProperty("asOf"))!.Value,
            default(NoTrace));

        Assert.Equal(Date(expected.GetProperty("start")), plan.Original.Start);
        Assert.Equal(Date(expected.GetProperty("fullTermDate")), plan.Original.FullTermDate);
        Assert.Equal(expected.GetProperty("goodConductTimeDays").GetInt32(), plan.GoodConductTimeDays);
        Assert.Equal(Date(expected.GetProperty("projectedReleaseDate")), plan.ProjectedReleaseDate);
        Assert.Equal(Date(expected.GetProperty("newFullTermDate")), plan.Reduced.FullTermDate);
        Assert.Equal(expected.GetProperty("newGoodConductTimeDays").GetInt32(), plan.NewGoodConductTimeDays);
        Assert.Equal(Date(expected.GetProperty("newProjectedReleaseDate")), plan.NewProjectedReleaseDate);
        Assert.Equal(Date(expected.GetProperty("releaseDate")), plan.ReleaseDate);
        Assert.Equal(expected.GetProperty("immediateRelease").GetBoolean(), plan.ImmediateRelease);
        Assert.Equal(expected.GetProperty("releasedBeforeOrder").GetBoolean(), plan.ReleasedBeforeOrder);
        Assert.Equal(expected.GetProperty("disposition").GetString(), plan.Disposition.Name());
        Assert.Equal(Date(expected.GetProperty("supervisedReleaseStart")), plan.SupervisedReleaseStart);
        Assert.Equal(expected.GetProperty("method").GetString(), plan.Method.Id);
        if (expected.TryGetProperty("newMethod", out var newMethod))
        {
            Assert.Equal(newMethod.GetString(), plan.NewMethod.Id);
        }

        // Every date has its working written down.
        foreach (var step in new[] { "start", "fullTermDate", "disposition", "supervisedReleaseStart" })
        {
            Assert.False(string.IsNullOrWhiteSpace(working.GetProperty(step).GetString()), $"{name}: working.{step}");
        }

        if (plan.ReleaseDate is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(working.GetProperty("releaseDate").GetString()), $"{name}: working.releaseDate");
        }
    }

    private static Case ReadCase(JsonElement json)
    {
        var custody = json.GetProperty("custody");
        return new Case
        {
            Id = json.GetProperty("id").GetString()!,
            SentencedOn = Date(json.GetProperty("sentencedOn"))!.Value,
            TermMonths = json.TryGetProperty("termMonths", out var term) ? term.GetInt32() : null,
            Life = json.TryGetProperty("life", out var life) && life.GetBoolean(),
            ConsecutiveMonths = json.TryGetProperty("consecutiveMonths", out var consecutive) ? consecutive.GetInt32() : 0,
            Citizenship = json.TryGetProperty("citizenship", out var citizenship)
                ? citizenship.GetString() == "us" ? Citizenship.Us : Citizenship.NonUs
                : null,
            Detainers = json.TryGetProperty("detainers", out var detainers)
                ? [.. detainers.EnumerateArray().Select(d => d.GetString() switch { "ice" => Detainer.Ice, "state" => Detainer.State, _ => Detainer.Other })]
                : ImmutableArray<Detainer>.Empty,
            Custody = new CustodyFacts
            {
                CommencedOn = Date(custody.GetProperty("commencedOn"))!.Value,
                PriorCustodyDays = custody.TryGetProperty("priorCustodyDays", out var prior) ? prior.GetInt32() : 0,
                GctDisallowedDays = custody.TryGetProperty("gctDisallowedDays", out var disallowed) ? disallowed.GetInt32() : 0,
                Status = custody.GetProperty("status").GetString() switch
                {
                    "institution" => CustodyStatus.Institution,
                    "rrc" => CustodyStatus.Rrc,
                    "home-confinement" => CustodyStatus.HomeConfinement,
                    var other => throw new InvalidDataException($"unknown status {other}"),
                },
            },
        };
    }

    private static LocalDate? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : LocalDatePattern.Iso.Parse(value.GetString()!).GetValueOrThrow();

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
}
