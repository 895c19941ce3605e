using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Retroact.Cli;

/// <summary>What <c>validate --json</c> prints: the read tally and the column coverage of one population file.</summary>
/// <param name="File">The file's path as given.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Read">Rows read.</param>
/// <param name="Accepted">Rows accepted.</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="Reasons">Rejected rows by reason.</param>
/// <param name="AcceptedWithAssumptions">Accepted rows with a value filled by an assumption.</param>
/// <param name="Assumptions">Those rows by assumption.</param>
/// <param name="MissingColumns">The known columns the file lacks.</param>
/// <param name="RuledOut">The analyses the missing columns rule out.</param>
internal sealed record ValidateSummary(
    string File,
    string Format,
    long Read,
    long Accepted,
    long Rejected,
    ImmutableArray<ReasonCount> Reasons,
    long AcceptedWithAssumptions,
    ImmutableArray<AssumptionCount> Assumptions,
    ImmutableArray<string> MissingColumns,
    ImmutableArray<RuledOutColumns> RuledOut);

/// <summary>How many rows were rejected for one reason.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Count">The rows.</param>
internal sealed record ReasonCount(string Reason, long Count);

/// <summary>How many accepted rows had a value filled by one assumption.</summary>
/// <param name="Assumption">The assumption's name.</param>
/// <param name="Count">The rows.</param>
internal sealed record AssumptionCount(string Assumption, long Count);

/// <summary>An analysis the missing columns rule out.</summary>
/// <param name="Analysis">The analysis.</param>
/// <param name="Missing">For each unmet need, its alternatives joined with " or ".</param>
internal sealed record RuledOutColumns(string Analysis, ImmutableArray<string> Missing);

/// <summary>Source-generated JSON metadata for <see cref="ValidateSummary"/> (no reflection, so it runs under Native AOT).</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ValidateSummary))]
internal sealed partial class ValidateJsonContext : JsonSerializerContext;
