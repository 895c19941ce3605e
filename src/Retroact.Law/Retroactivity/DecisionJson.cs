using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Retroact.Law.Tracing;

namespace Retroact.Law.Retroactivity;

/// <summary>
/// Writes a decision as one JSON object of schema <see cref="Schema"/> (published as <c>docs/decision-v1.schema.json</c>),
/// without reflection. Terms are whole months, or the string "life" (a computed 470 is written as life); a range end
/// that is life is <c>null</c>, as in <c>retroact calc</c>. Other components add members after the decision's own
/// (the custody release plan adds <c>release</c>) through <c>extra</c>.
/// </summary>
public static class DecisionJson
{
    /// <summary>The schema id every decision object carries.</summary>
    public const string Schema = "retroact.decision.v1";

    private const string Basis =
        "USSC comparable-position assumption (the Commission's impact-estimate default): a modelled default within the limits of USSG §1B1.10(b)(2), not what a court must do";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The decision as one line of JSON; <paramref name="extra"/>, when given, writes further members (e.g. <c>release</c>) before the object closes.</summary>
    public static string Write(Decision decision, Action<Utf8JsonWriter>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Render(writer => Write(writer, decision, extra));
    }

    /// <summary>An error line for a case that could not be decided: schema, id, location and message.</summary>
    public static string Error(string id, string location, string message) => Render(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("id", id);
        writer.WriteString("location", location);
        writer.WriteString("error", message);
        writer.WriteEndObject();
    });

    /// <summary>Writes the decision object to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, Decision decision, Action<Utf8JsonWriter>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        var f = decision.Figures;
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("id", decision.CaseId);
        writer.WriteString("amendment", decision.Amendment);
        writer.WriteString("orderEffectiveDate", f.OrderEffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WritePropertyName("original");
        WriteCalculation(writer, f.Original);
        writer.WritePropertyName("amended");
        if (f.Amended is { } amended)
        {
            WriteCalculation(writer, amended);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray("amendmentsSubstituted");
        foreach (var number in decision.Substituted)
        {
            writer.WriteNumberValue(number);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("eligible", f.Eligible);
        writer.WriteString("reason", f.Reason.Code());
        writer.WriteString("reasonCitation", f.Reason.Citation());
        WriteTerm(writer, "termMonths", f.TermMonths);
        if (f.ReducedTermMonths is { } reduced)
        {
            WriteTerm(writer, "reducedTermMonths", reduced);
        }
        else
        {
            writer.WriteNull("reducedTermMonths");
        }

        writer.WriteString("reducedTermBasis", Basis);
        if (f.LimitedBy.Code() is { } floor)
        {
            writer.WriteString("limitedBy", floor);
        }
        else
        {
            writer.WriteNull("limitedBy");
        }

        writer.WriteBoolean("timeServedChecked", f.TimeServedChecked);
        writer.WriteNumber("consecutiveMonths", decision.ConsecutiveMonths);
        TraceJson.Write(writer, decision.Trace);
        extra?.Invoke(writer);
        writer.WriteEndObject();
    }

    private static void WriteCalculation(Utf8JsonWriter writer, GuidelineSummary s)
    {
        writer.WriteStartObject();
        writer.WriteString("manual", s.Edition.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("manualName", s.Edition.Name);
        if (s.BaseOffenseLevel is { } b)
        {
            writer.WriteNumber("baseOffenseLevel", b);
        }
        else
        {
            writer.WriteNull("baseOffenseLevel");
        }

        writer.WriteNumber("totalOffenseLevel", s.TotalOffenseLevel);
        writer.WriteString("criminalHistoryCategory", s.CriminalHistoryCategory.ToString());
        writer.WriteBoolean("careerOffender", s.CareerOffender);
        writer.WriteStartObject("range");
        WriteRangeEnd(writer, "minMonths", s.Range.MinMonths);
        WriteRangeEnd(writer, "maxMonths", s.Range.MaxMonths);
        writer.WriteString("text", s.Range.ToString());
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRangeEnd(Utf8JsonWriter writer, string name, int months)
    {
        if (months == MonthArithmetic.Life)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, months);
        }
    }

    private static void WriteTerm(Utf8JsonWriter writer, string name, int months)
    {
        if (months == MonthArithmetic.Life)
        {
            writer.WriteString(name, "life");
        }
        else
        {
            writer.WriteNumber(name, months);
        }
    }

    private static string Render(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
