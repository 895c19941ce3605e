using System.Text.Json;
using NodaTime.Text;
using Retroact.Law.Cases;
using Retroact.Population.Native;
using Retroact.Population.Records;
using Retroact.Population.Writing;

namespace Retroact.Population.JsonLines;

/// <summary>
/// Writes one case format v1 object per line (UTF-8, "\n"), in the shape <see cref="CaseReader"/> reads: camelCase
/// fields, the format's enumeration tokens, absent values omitted. When an assumption filled a value the line also
/// carries <c>"assumed"</c>, the list of <see cref="AssumedFields"/> names (an extension the population reader strips).
/// </summary>
internal sealed class JsonLinesWriter : IPopulationWriter
{
    /// <summary>The extension property that lists assumed fields.</summary>
    public const string AssumedProperty = "assumed";

    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Stream _stream;
    private readonly BufferedStream _buffer;
    private readonly Utf8JsonWriter _json;

    public JsonLinesWriter(Stream stream)
    {
        _stream = stream;
        _buffer = new BufferedStream(stream, 1 << 16);
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = false });
    }

    public void Write(Case c, AssumedFields assumed = AssumedFields.None)
    {
        var j = _json;
        j.Reset(_buffer);
        j.WriteStartObject();
        j.WriteString("id", c.Id);
        j.WriteString("sentencedOn", LocalDatePattern.Iso.Format(c.SentencedOn));
        if (c.Manual is { } manual) j.WriteString("manual", LocalDatePattern.Iso.Format(manual));
        if (c.Guideline is { } guideline) j.WriteString("guideline", guideline);
        if (!c.Drugs.IsDefaultOrEmpty)
        {
            j.WriteStartArray("drugs");
            foreach (var drug in c.Drugs)
            {
                j.WriteStartObject();
                j.WriteString("substance", drug.Substance);
                if (drug.Grams is { } grams) j.WriteNumber("grams", grams);
                if (drug.Units is { } units) j.WriteNumber("units", units);
                j.WriteEndObject();
            }

            j.WriteEndArray();
        }

        Number(j, "baseOffenseLevel", c.BaseOffenseLevel);
        Number(j, "totalOffenseLevel", c.TotalOffenseLevel);
        Number(j, "offenseLevelAdjustments", c.OffenseLevelAdjustments);
        if (c.MitigatingRole is { } role) j.WriteString("mitigatingRole", NativeTokens.Role.Format(role));
        if (c.CriminalHistoryCategory is { } category) j.WriteString("criminalHistoryCategory", NativeTokens.Category.Format(category));
        Number(j, "criminalHistoryPoints", c.CriminalHistoryPoints);
        Number(j, "statusPoints", c.StatusPoints);
        if (c.ZeroPointDisqualifiers is { } zero) Strings(j, "zeroPointDisqualifiers", zero);
        if (c.CareerOffender is { } career)
        {
            j.WriteStartObject("careerOffender");
            j.WriteNumber("offenseLevel", career.OffenseLevel);
            j.WriteEndObject();
        }

        Number(j, "statutoryMinimumMonths", c.StatutoryMinimumMonths);
        Number(j, "statutoryMaximumMonths", c.StatutoryMaximumMonths);
        if (c.SafetyValve) j.WriteBoolean("safetyValve", true);
        if (c.SubstantialAssistance is { } assistance) j.WriteString("substantialAssistance", NativeTokens.Assistance.Format(assistance));
        Number(j, "termMonths", c.TermMonths);
        if (c.Life) j.WriteBoolean("life", true);
        if (c.ConsecutiveMonths != 0) j.WriteNumber("consecutiveMonths", c.ConsecutiveMonths);
        if (c.Custody is { } custody)
        {
            j.WriteStartObject("custody");
            j.WriteString("commencedOn", LocalDatePattern.Iso.Format(custody.CommencedOn));
            j.WriteNumber("priorCustodyDays", custody.PriorCustodyDays);
            j.WriteString("status", NativeTokens.Status.Format(custody.Status));
            j.WriteNumber("gctDisallowedDays", custody.GctDisallowedDays);
            j.WriteEndObject();
        }

        if (c.Citizenship is { } citizenship) j.WriteString("citizenship", NativeTokens.Citizen.Format(citizenship));
        if (!c.Detainers.IsDefaultOrEmpty) Strings(j, "detainers", c.Detainers.Select(NativeTokens.DetainerAuthority.Format));
        if (c.Demographics is { } d)
        {
            j.WriteStartObject("demographics");
            if (d.Race is { } race) j.WriteString("race", race);
            if (d.Ethnicity is { } ethnicity) j.WriteString("ethnicity", ethnicity);
            if (d.Sex is { } sex) j.WriteString("sex", sex);
            if (d.District is { } district) j.WriteString("district", district);
            Number(j, "age", d.Age);
            j.WriteEndObject();
        }

        if (assumed != AssumedFields.None)
        {
            Strings(j, AssumedProperty, Enum.GetValues<AssumedFields>().Where(f => f != AssumedFields.None && assumed.HasFlag(f)).Select(f => f.ToString()));
        }

        j.WriteEndObject();
        j.Flush();
        _buffer.Write(NewLine);
    }

    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
        _stream.Dispose();
    }

    private static void Number(Utf8JsonWriter j, string name, int? value)
    {
        if (value is { } v) j.WriteNumber(name, v);
    }

    private static void Strings(Utf8JsonWriter j, string name, IEnumerable<string> values)
    {
        j.WriteStartArray(name);
        foreach (var value in values) j.WriteStringValue(value);
        j.WriteEndArray();
    }
}
