using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Retroact.Custody.Release;
using Retroact.Custody.Validation;
using Retroact.Law.Cases;
using Retroact.Law.Tracing;

namespace Retroact.Cli;

/// <summary>
/// <c>retroact release FILE... [--as-of DATE] [--json]</c>: the Bureau of Prisons computation for cases as they stand
/// (no amendment): start, full term, good conduct time, projected and actual release date, disposition, the start of
/// supervised release, and (with --json) the trace explaining each date. Exit code 0, or 2 when any record is rejected
/// (the good records are still reported).
/// </summary>
public static class ReleaseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Case files (case format v1: one case, an array, or JSON lines)." };
        var asOf = new Option<string?>("--as-of") { Description = "The date of the computation, YYYY-MM-DD: what the Bureau of Prisons had done by then (a sentence running on the day a new good conduct time method began to govern is recomputed under it). Default: today (UTC)." };
        var json = new Option<bool>("--json") { Description = "Write JSON (with the trace of each date) instead of text." };
        var command = new Command("release", "Compute release dates and dispositions for cases as they stand (no amendment).") { files, asOf, json };
        command.SetAction(result => Run(
            result.GetValue(files) ?? [],
            result.GetValue(asOf),
            result.GetValue(json),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the command over <paramref name="paths"/>, writing results to <paramref name="output"/> and rejections to <paramref name="error"/>.</summary>
    public static int Run(IReadOnlyList<string> paths, string? asOfText, bool json, TextWriter output, TextWriter error)
    {
        LocalDate asOf;
        if (asOfText is null)
        {
            asOf = LocalDate.FromDateTime(DateTime.UtcNow);
        }
        else if (LocalDatePattern.Iso.Parse(asOfText) is { Success: true } parsed)
        {
            asOf = parsed.Value;
        }
        else
        {
            error.WriteLine($"--as-of = {asOfText}: an ISO date, YYYY-MM-DD");
            return 2;
        }

        var planned = new List<(Case Case, ReleasePlan Plan, IReadOnlyList<TraceStep> Trace)>();
        var rejected = new List<(string Location, string CaseId, string Field, string Value, string Reason)>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                rejected.Add((path, "(file)", "FILE", path, "an existing case file"));
                continue;
            }

            foreach (var read in CaseReader.Read(File.ReadAllText(path), path))
            {
                if (read.Case is not { } @case)
                {
                    rejected.AddRange(read.Errors.Select(e => (read.Location, e.CaseId, e.Field, e.Value, e.Allowed)));
                    continue;
                }

                if (CustodyInputValidator.Validate(@case) is { } invalid)
                {
                    rejected.Add((read.Location, invalid.CaseId, invalid.Field, invalid.Value, invalid.Reason));
                    continue;
                }

                if (asOf < ReleasePlanner.Current.Computation.Law.Methods[0].GovernsFrom)
                {
                    rejected.Add((read.Location, @case.Id, "--as-of", $"{asOf:uuuu-MM-dd}",
                        $"on or after {ReleasePlanner.Current.Computation.Law.Methods[0].GovernsFrom:uuuu-MM-dd}, when the first good conduct time method governs"));
                    continue;
                }

                var trace = new ListTrace();
                planned.Add((@case, ReleasePlanner.Current.AsItStands(@case, asOf, trace), trace.Steps));
            }
        }

        foreach (var r in rejected)
        {
            error.WriteLine($"{r.Location}: case {r.CaseId}: {r.Field} = {r.Value}: {r.Reason}");
        }

        if (json)
        {
            WriteJson(output, asOf, planned, rejected);
        }
        else
        {
            WriteText(output, asOf, planned);
        }

        return rejected.Count == 0 ? 0 : 2;
    }

    private static void WriteText(TextWriter output, LocalDate asOf, List<(Case Case, ReleasePlan Plan, IReadOnlyList<TraceStep> Trace)> planned)
    {
        output.WriteLine($"Release computation as of {asOf:uuuu-MM-dd} (no amendment)");
        foreach (var (@case, plan, _) in planned)
        {
            var original = plan.Original;
            output.WriteLine(plan.ReleaseDate is { } release
                ? $"{@case.Id}: release {release:uuuu-MM-dd} ({release.DayOfWeek}), {plan.Disposition.Name()}, supervised release from {(plan.SupervisedReleaseStart is { } s ? s.ToString("uuuu-MM-dd", null) : "unknown (detainer)")}"
                : $"{@case.Id}: life, no release date, {plan.Disposition.Name()}");
            output.WriteLine(
                $"  term {original.Term} from {original.Start:uuuu-MM-dd}; full term {Date(original.FullTermDate)}; " +
                $"good conduct time {plan.GoodConductTimeDays} days ({plan.Method.Id}); projected {Date(plan.ProjectedReleaseDate)}" +
                (original.ReleasedOnTransition ? $", the day {plan.Method.Id} began to govern (the recomputed date had passed)" : ""));
        }

        output.WriteLine($"{planned.Count} computed");
    }

    private static void WriteJson(
        TextWriter output,
        LocalDate asOf,
        List<(Case Case, ReleasePlan Plan, IReadOnlyList<TraceStep> Trace)> planned,
        List<(string Location, string CaseId, string Field, string Value, string Reason)> rejected)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("asOf", $"{asOf:uuuu-MM-dd}");
            w.WriteStartArray("cases");
            foreach (var (@case, plan, trace) in planned)
            {
                w.WriteStartObject();
                w.WriteString("id", @case.Id);
                w.WriteString("start", $"{plan.Original.Start:uuuu-MM-dd}");
                w.WriteString("term", plan.Original.Term.ToString());
                WriteDate(w, "fullTermDate", plan.Original.FullTermDate);
                w.WriteNumber("goodConductTimeDays", plan.GoodConductTimeDays);
                w.WriteString("method", plan.Method.Id);
                WriteDate(w, "projectedReleaseDate", plan.ProjectedReleaseDate);
                w.WriteBoolean("releasedOnTransition", plan.Original.ReleasedOnTransition);
                WriteDate(w, "releaseDate", plan.ReleaseDate);
                w.WriteString("disposition", plan.Disposition.Name());
                WriteDate(w, "supervisedReleaseStart", plan.SupervisedReleaseStart);
                TraceJson.Write(w, trace);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("errors");
            foreach (var r in rejected)
            {
                w.WriteStartObject();
                w.WriteString("location", r.Location);
                w.WriteString("case", r.CaseId);
                w.WriteString("field", r.Field);
                w.WriteString("value", r.Value);
                w.WriteString("reason", r.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// Writes <paramref name="plan"/> as the <c>release</c> object of issue 4 (for <c>retroact reduce --json</c>):
    /// projectedReleaseDate (original term), newProjectedReleaseDate, releaseDate (the day they leave),
    /// immediateRelease, releasedBeforeOrder, disposition, supervisedReleaseStart, goodConductTimeDays,
    /// newGoodConductTimeDays, method (the original computation's), newMethod (the reduced computation's). Dates are ISO
    /// strings or null.
    /// </summary>
    public static void WriteRelease(Utf8JsonWriter writer, ReleasePlan plan)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject("release");
        WriteDate(writer, "projectedReleaseDate", plan.ProjectedReleaseDate);
        WriteDate(writer, "newProjectedReleaseDate", plan.NewProjectedReleaseDate);
        WriteDate(writer, "releaseDate", plan.ReleaseDate);
        writer.WriteBoolean("immediateRelease", plan.ImmediateRelease);
        writer.WriteBoolean("releasedBeforeOrder", plan.ReleasedBeforeOrder);
        writer.WriteString("disposition", plan.Disposition.Name());
        WriteDate(writer, "supervisedReleaseStart", plan.SupervisedReleaseStart);
        writer.WriteNumber("goodConductTimeDays", plan.GoodConductTimeDays);
        writer.WriteNumber("newGoodConductTimeDays", plan.NewGoodConductTimeDays);
        writer.WriteString("method", plan.Method.Id);
        writer.WriteString("newMethod", plan.NewMethod.Id);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, $"{d:uuuu-MM-dd}");
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Date(LocalDate? date) => date is { } d ? $"{d:uuuu-MM-dd}" : "none";
}
