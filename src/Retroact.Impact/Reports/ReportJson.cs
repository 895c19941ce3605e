using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Retroact.Impact.Discretion;

namespace Retroact.Impact.Reports;

/// <summary>
/// Writes <c>report.json</c> (schema <c>retroact.impact.v1</c>, <c>docs/report-v1.schema.json</c>): camelCase keys in a
/// fixed order, dates as <c>yyyy-MM-dd</c>, code counts as objects keyed by code. Nothing depends on the clock, so the
/// same report is the same bytes.
/// </summary>
public static class ReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON with a final newline.</summary>
    public static void Write(ImpactReport report, Stream stream)
    {
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            WriteReport(w, report);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>The report as a JSON string.</summary>
    public static string ToJson(ImpactReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteReport(Utf8JsonWriter w, ImpactReport r)
    {
        w.WriteStartObject();
        w.WriteString("schema", ImpactReport.SchemaId);
        w.WriteString("amendment", r.Amendment);
        if (r.AmendmentNote is { } note)
        {
            w.WriteString("amendmentNote", note);
        }

        w.WriteString("orderEffectiveDate", Date(r.OrderEffectiveDate));
        w.WriteString("population", r.Population);
        w.WriteStartObject("input");
        w.WriteNumber("read", r.Input.Read);
        w.WriteNumber("accepted", r.Input.Accepted);
        w.WriteNumber("rejected", r.Input.Rejected);
        w.WriteNumber("unevaluable", r.Input.Unevaluable);
        w.WriteNumber("assumptionsFilled", r.Input.AssumptionsFilled);
        w.WriteEndObject();
        w.WriteStartObject("eligible");
        w.WriteNumber("evaluated", r.Eligible.Evaluated);
        w.WriteNumber("count", r.Eligible.Count);
        w.WriteNumber("share", r.Eligible.Share);
        w.WriteEndObject();
        Counts(w, "ineligibleByReason", r.IneligibleByReason);
        WriteReductions(w, r.ReductionMonths);
        WriteReleases(w, r.Releases);
        Counts(w, "dispositions", r.Dispositions);
        w.WriteNumber("bedYearsSaved", r.BedYearsSaved);
        WriteDollars(w, r.DollarsSaved);
        w.WriteStartObject("breakdowns");
        foreach (var table in r.Breakdowns)
        {
            WriteBreakdown(w, table);
        }

        w.WriteEndObject();
        w.WriteString("grantAssumption", r.GrantAssumption);
        if (r.Discretion is { } d)
        {
            WriteDiscretion(w, d);
        }

        w.WriteEndObject();
    }

    private static void WriteReductions(Utf8JsonWriter w, ReductionSummary s)
    {
        w.WriteStartObject("reductionMonths");
        w.WriteNumber("mean", s.Mean);
        w.WriteNumber("median", s.Median);
        w.WriteNumber("meanPercent", s.MeanPercent);
        w.WriteNumber("medianPercent", s.MedianPercent);
        ObjectArray(w, "histogram", s.Histogram, (w, bin) =>
        {
            w.WriteNumber("fromMonths", bin.FromMonths);
            NumberOrNull(w, "toMonths", bin.ToMonths);
            w.WriteNumber("count", bin.Count);
        });
        w.WriteStartObject("bands");
        w.WriteNumber("none", s.Bands.None);
        w.WriteNumber("under12", s.Bands.Under12);
        w.WriteNumber("from12To24", s.Bands.From12To24);
        w.WriteNumber("from24To60", s.Bands.From24To60);
        w.WriteNumber("over60", s.Bands.Over60);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteReleases(Utf8JsonWriter w, ReleaseSummary s)
    {
        w.WriteStartObject("releases");
        w.WriteNumber("total", s.Total);
        w.WriteStartObject("firstDay");
        DateOrNull(w, "date", s.FirstDay);
        w.WriteNumber("count", s.FirstDayCount);
        Counts(w, "dispositions", s.FirstDayDispositions);
        w.WriteEndObject();
        w.WriteStartObject("firstWeek");
        w.WriteNumber("count", s.FirstWeek.Sum(d => d.Count));
        ObjectArray(w, "days", s.FirstWeek, (w, day) =>
        {
            w.WriteString("date", Date(day.Date));
            w.WriteNumber("count", day.Count);
        });
        Counts(w, "dispositions", s.FirstWeekDispositions);
        w.WriteEndObject();
        w.WriteNumber("immediate", s.Immediate);
        w.WriteNumber("firstYear", s.FirstYear);
        ObjectArray(w, "byYear", s.ByYear, (w, year) =>
        {
            w.WriteNumber("year", year.Year);
            w.WriteNumber("count", year.Count);
        });
        w.WriteNumber("later", s.Later);
        w.WriteNumber("releasedBeforeOrder", s.ReleasedBeforeOrder);
        w.WriteNumber("withoutReleaseDate", s.WithoutReleaseDate);
        w.WriteEndObject();
    }

    private static void WriteDollars(Utf8JsonWriter w, DollarSummary s)
    {
        w.WriteStartObject("dollarsSaved");
        w.WriteNumber("total", s.Total);
        ObjectArray(w, "byFiscalYear", s.ByFiscalYear, (w, y) =>
        {
            w.WriteNumber("fiscalYear", y.FiscalYear);
            w.WriteNumber("days", y.Days);
            w.WriteNumber("dollars", y.Dollars);
            w.WriteNumber("annualCost", y.AnnualCost);
            w.WriteNumber("costFiscalYear", y.CostFiscalYear);
            w.WriteString("basis", y.Basis);
            w.WriteString("source", y.Source);
        });
        w.WriteEndObject();
    }

    private static void WriteBreakdown(Utf8JsonWriter w, BreakdownTable table) =>
        ObjectArray(w, table.Dimension, table.Groups, (w, g) =>
        {
            w.WriteString("key", g.Key);
            w.WriteNumber("cases", g.Cases);
            w.WriteNumber("eligible", g.Eligible);
            w.WriteNumber("eligibleShare", g.EligibleShare);
            Counts(w, "ineligibleByReason", g.IneligibleByReason);
            w.WriteNumber("meanReductionMonths", g.MeanReductionMonths);
            w.WriteNumber("meanReductionPercent", g.MeanReductionPercent);
            w.WriteNumber("releases", g.Releases);
            w.WriteNumber("firstDayReleases", g.FirstDayReleases);
            w.WriteNumber("firstWeekReleases", g.FirstWeekReleases);
            w.WriteNumber("firstYearReleases", g.FirstYearReleases);
            Counts(w, "dispositions", g.Dispositions);
            w.WriteNumber("bedYearsSaved", g.BedYearsSaved);
            w.WriteNumber("dollarsSaved", g.DollarsSaved);
            w.WriteNumber("assumptionsFilled", g.AssumptionsFilled);
        });

    private static void WriteDiscretion(Utf8JsonWriter w, DiscretionSummary d)
    {
        w.WriteStartObject("discretion");
        w.WriteString("model", d.Model);
        w.WriteStartArray("rules");
        foreach (var use in d.Rules)
        {
            w.WriteStartObject();
            w.WriteString("kind", use.Rule.Kind);
            w.WriteString("value", use.Rule.Value);
            w.WriteNumber("rate", use.Rule.Rate);
            w.WriteString("source", use.Rule.Source);
            w.WriteNumber("eligibleMatched", use.EligibleMatched);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("draws", d.Draws);
        w.WriteNumber("seed", d.Seed);
        Spread(w, "granted", d.Granted);
        Spread(w, "bedYearsSaved", d.BedYearsSaved);
        Spread(w, "dollarsSaved", d.DollarsSaved);
        Spread(w, "firstYearReleases", d.FirstYearReleases);
        w.WriteEndObject();
    }

    private static void Spread(Utf8JsonWriter w, string name, Distribution d)
    {
        w.WriteStartObject(name);
        w.WriteNumber("mean", d.Mean);
        w.WriteNumber("p5", d.P5);
        w.WriteNumber("p95", d.P95);
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, IReadOnlyList<CodeCount> counts)
    {
        w.WriteStartObject(name);
        foreach (var c in counts)
        {
            w.WriteNumber(c.Code, c.Count);
        }

        w.WriteEndObject();
    }

    /// <summary>An array <paramref name="name"/> of one object per item, each object's members written by <paramref name="members"/>.</summary>
    private static void ObjectArray<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> members)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            members(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void NumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void DateOrNull(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, Date(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
