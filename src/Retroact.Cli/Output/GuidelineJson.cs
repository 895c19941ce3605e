using System.Text;
using System.Text.Json;
using Retroact.Law.Calculation;
using Retroact.Law.Model;
using Retroact.Law.Tracing;

namespace Retroact.Cli.Output;

/// <summary>Writes guideline figures as compact JSON (one object per line), without reflection.</summary>
public static class GuidelineJson
{
    /// <summary>A range as {"minMonths", "maxMonths", "text"}; a life end is null.</summary>
    public static void WriteRange(Utf8JsonWriter writer, SentenceRange range)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteMonths(writer, "minMonths", range.Minimum);
        WriteMonths(writer, "maxMonths", range.Maximum);
        writer.WriteString("text", range.ToString());
        writer.WriteEndObject();
    }

    /// <summary>The output of <c>retroact range</c>.</summary>
    public static string Range(int level, string category, ManualEdition edition, RangeLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("offenseLevel", level);
            writer.WriteString("criminalHistoryCategory", category);
            WriteMonths(writer, "minMonths", lookup.Range.Minimum);
            WriteMonths(writer, "maxMonths", lookup.Range.Maximum);
            writer.WriteString("range", lookup.Range.ToString());
            writer.WriteString("zone", lookup.Zone.ToString());
            writer.WriteString("manual", edition.EffectiveFrom.ToString("yyyy-MM-dd", null));
            writer.WriteString("manualName", edition.Name);
            writer.WriteString("rangeCitation", lookup.RangeCitation);
            writer.WriteString("zoneCitation", lookup.ZoneCitation);
            writer.WriteEndObject();
        });
    }

    /// <summary>The output of <c>retroact calc --json</c> for one case; the trace is included when given.</summary>
    public static string Case(string id, GuidelineFigures figures, GuidelineResult? explained)
    {
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("manual", figures.Edition.EffectiveFrom.ToString("yyyy-MM-dd", null));
            writer.WriteString("manualName", figures.Edition.Name);
            if (figures.BaseOffenseLevel is { } b)
            {
                writer.WriteNumber("baseOffenseLevel", b);
            }
            else
            {
                writer.WriteNull("baseOffenseLevel");
            }

            writer.WriteNumber("totalOffenseLevel", figures.TotalOffenseLevel);
            writer.WriteString("criminalHistoryCategory", figures.Category.ToString());
            writer.WriteBoolean("careerOffender", figures.CareerOffender);
            writer.WritePropertyName("range");
            WriteRange(writer, figures.GuidelineRange);
            writer.WritePropertyName("restrictedRange");
            WriteRange(writer, figures.RestrictedRange);
            writer.WriteString("zone", figures.Zone.ToString());
            writer.WriteStartArray("mismatches");
            foreach (var flag in new[] { FindingMismatch.BaseOffenseLevel, FindingMismatch.TotalOffenseLevel, FindingMismatch.CriminalHistoryCategory })
            {
                if (figures.Mismatches.HasFlag(flag))
                {
                    writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(flag.ToString()));
                }
            }

            writer.WriteEndArray();
            if (explained is not null)
            {
                TraceJson.Write(writer, explained.Trace);
            }

            writer.WriteEndObject();
        });
    }

    private static void WriteMonths(Utf8JsonWriter writer, string name, Months months)
    {
        if (months.IsLife)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, months.Count);
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
