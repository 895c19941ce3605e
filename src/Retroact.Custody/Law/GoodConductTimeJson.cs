using System.Text.Json.Serialization;

namespace Retroact.Custody.Law;

/// <summary>The shape of <c>law/custody/good-conduct-time.json</c>; every member is required and unknown keys are errors.</summary>
internal sealed record GoodConductTimeFile
{
    [JsonRequired] public required string About { get; init; }
    [JsonRequired] public required CitedInt NoCreditUnlessTermExceedsMonths { get; init; }
    [JsonRequired] public required IReadOnlyList<MethodEntry> Methods { get; init; }
}

/// <summary>One method as written in the data file.</summary>
internal sealed record MethodEntry
{
    [JsonRequired] public required string Id { get; init; }
    [JsonRequired] public required string Basis { get; init; }
    [JsonRequired] public required CitedString GovernsFrom { get; init; }
    [JsonRequired] public required CitedInt DaysPerYear { get; init; }
    [JsonRequired] public required CitedDecimal PartialYearRatePerDay { get; init; }
}

/// <summary>A whole number with its citation.</summary>
internal sealed record CitedInt
{
    [JsonRequired] public required int Value { get; init; }
    [JsonRequired] public required string Citation { get; init; }
}

/// <summary>A decimal with its citation.</summary>
internal sealed record CitedDecimal
{
    [JsonRequired] public required decimal Value { get; init; }
    [JsonRequired] public required string Citation { get; init; }
}

/// <summary>A text value (e.g. an ISO date) with its citation.</summary>
internal sealed record CitedString
{
    [JsonRequired] public required string Value { get; init; }
    [JsonRequired] public required string Citation { get; init; }
}

/// <summary>Source-generated, strict reader for the custody law files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(GoodConductTimeFile))]
internal sealed partial class CustodyLawJsonContext : JsonSerializerContext;
