using System.Text.Json;

namespace Retroact.Law.Tracing;

/// <summary>Writes a trace as JSON the same way for every command: a <c>trace</c> array of step objects.</summary>
public static class TraceJson
{
    /// <summary>
    /// Writes the member <c>"trace"</c>: one object per step, in order, with <c>step</c>, <c>inputs</c>, <c>value</c> and
    /// <c>citation</c>. An empty trace writes an empty array.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<TraceStep> steps)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(steps);
        writer.WriteStartArray("trace");
        foreach (var step in steps)
        {
            writer.WriteStartObject();
            writer.WriteString("step", step.Step);
            writer.WriteString("inputs", step.Inputs);
            writer.WriteString("value", step.Value);
            writer.WriteString("citation", step.Citation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
