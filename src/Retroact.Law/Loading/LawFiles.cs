using System.Text.Json.Serialization;

namespace Retroact.Law.Loading;

// The shapes of the law's JSON files (documented in docs/law-data.md). Every member is nullable so the loader can name
// a missing value itself; unknown keys are rejected by the serializer (JsonUnmappedMemberHandling.Disallow). A `source`
// says where a value was transcribed from (for a reader, never shown in a trace); `cite` is the legal citation.

internal sealed record SentencingTableFile(string? Title, string? Source, List<SentencingRowDto>? Rows);

internal sealed record SentencingRowDto(int? Level, List<string>? Ranges, string? Cite, string? Source);

internal sealed record ZonesFile(string? Title, List<ZoneBandDto>? Bands);

internal sealed record ZoneBandDto(string? Zone, int? MinimumFrom, string? Cite, string? Source);

internal sealed record DrugQuantityFile(string? Substance, string? Name, string? Measure, string? Source, List<DrugRowDto>? Rows);

internal sealed record DrugRowDto(int? Level, decimal? AtLeast, decimal? LessThan, string? Cite, string? Source);

internal sealed record EquivalencyFile(string? Title, List<EquivalencyEntryDto>? Entries, List<CapDto>? Caps);

internal sealed record EquivalencyEntryDto(string? Substance, decimal? MarihuanaGrams, string? Per, int? MinimumLevel, string? Cite, string? Source);

internal sealed record CapDto(List<string>? Substances, decimal? MaximumMarihuanaGrams, string? Cite, string? Source);

internal sealed record CrackRuleFile(
    string? Title,
    string? Source,
    string? Kind,
    string? Cite,
    int? MinimumLevel,
    string? MinimumLevelCite,
    List<CrackRatioDto>? Ratios,
    int? Reduction,
    decimal? ExceptAtLeastGrams,
    decimal? ExceptLessThanGrams);

internal sealed record CrackRatioDto(int? Level, decimal? MarihuanaGramsPerGram);

internal sealed record RoleCapFile(string? Title, string? Cite, List<RoleCapParagraphDto>? Paragraphs, List<RoleCapBandDto>? Bands, int? MinimalParticipantAbove, int? MinimalParticipantSetTo);

internal sealed record RoleCapParagraphDto(string? From, string? Paragraph, string? Cite);

internal sealed record RoleCapBandDto(int? FromLevel, int? ToLevel, int? DecreaseBy, int? SetTo);

internal sealed record CriminalHistoryFile(string? Title, List<CategoryBandDto>? Bands);

internal sealed record CategoryBandDto(string? Category, int? FromPoints, string? Cite);

internal sealed record CareerOffenderFile(string? Title, string? CategoryCite, List<CareerRowDto>? Rows);

internal sealed record CareerRowDto(bool? Life, int? FromMonths, int? Level, string? Cite);

internal sealed record StatuteFile(string? Title, List<StatutePeriodDto>? Periods);

internal sealed record StatutePeriodDto(string? From, string? Until, string? Note, List<ThresholdDto>? Thresholds);

internal sealed record ThresholdDto(string? Substance, decimal? TenYearAtLeast, decimal? FiveYearAtLeast, string? Cite, string? Source);

internal sealed record PartsDto(
    string? SentencingTable,
    string? Zones,
    Dictionary<string, string>? DrugQuantity,
    List<string>? RemoveDrugQuantity,
    string? Equivalency,
    List<string>? RemoveEquivalency,
    string? CrackRule,
    bool? RemoveCrackRule,
    string? MitigatingRoleCap,
    FloorDto? SafetyValveFloor,
    StatusPointsDto? StatusPoints,
    ZeroPointDto? ZeroPointOffender,
    string? CriminalHistory,
    string? CareerOffender,
    Dictionary<string, string>? DrugGuidelines);

internal sealed record DrugGuidelineFile(string? Guideline, string? Title, string? Cite, List<DrugAlternativeDto>? Alternatives);

internal sealed record DrugAlternativeDto(string? Paragraph, int? Add, string? Quantity, int? Level, string? When, string? Cite);

internal sealed record FloorDto(string? Kind, int? Level, int? MinMonths, int? MaxMonths, string? Cite, string? Source);

internal sealed record StatusPointsDto(int? Points, int? MinimumOtherPoints, string? Cite, string? Source);

internal sealed record ZeroPointDto(int? Decrease, List<string>? Disqualifiers, string? Cite, string? Source);

internal sealed record AmendmentFile(int? Number, string? EffectiveOn, string? Title, string? Cite, PartsDto? Changes);

internal sealed record EditionFile(string? EffectiveFrom, string? Name, string? Source, List<int>? Amendments, PartsDto? Base, PartsDto? Changes);

/// <summary>Source-generated (reflection-free, fast to start) serializer for the law files; unknown keys are errors.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(SentencingTableFile))]
[JsonSerializable(typeof(ZonesFile))]
[JsonSerializable(typeof(DrugQuantityFile))]
[JsonSerializable(typeof(EquivalencyFile))]
[JsonSerializable(typeof(CrackRuleFile))]
[JsonSerializable(typeof(RoleCapFile))]
[JsonSerializable(typeof(CriminalHistoryFile))]
[JsonSerializable(typeof(CareerOffenderFile))]
[JsonSerializable(typeof(StatuteFile))]
[JsonSerializable(typeof(AmendmentFile))]
[JsonSerializable(typeof(EditionFile))]
[JsonSerializable(typeof(DrugGuidelineFile))]
internal sealed partial class LawJsonContext : JsonSerializerContext;
