using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Retroact.Population.JsonLines;

/// <summary>
/// The JSON form of a case used by the JSON lines format: case format v1's property names in camelCase, dates as
/// ISO yyyy-MM-dd, enumerations as camelCase names, absent values omitted. A line may carry one extra property,
/// <c>"assumed"</c>, listing the <see cref="Records.AssumedFields"/> names that an assumption filled.
/// </summary>
internal static class CaseJson
{
    /// <summary>The property that carries the assumed-field names.</summary>
    public const string AssumedProperty = "assumed";

    /// <summary>The serializer options (shared, thread-safe once built).</summary>
    public static readonly JsonSerializerOptions Options = Build();

    private static JsonSerializerOptions Build()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }
}
