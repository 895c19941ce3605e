using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Retroact.Population.JsonLines;

/// <summary>
/// Source-generated JSON metadata for the types this library serializes (a JSON-lines reject, a case line without its
/// <c>"assumed"</c> extension), so it needs no reflection and runs the same in a Native AOT build.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class PopulationJsonContext : JsonSerializerContext;
