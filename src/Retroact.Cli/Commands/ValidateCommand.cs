using System.CommandLine;
using System.Text.Json;
using Retroact.Population;
using Retroact.Population.Reading;
using Retroact.Population.Records;
using Retroact.Population.Writing;

namespace Retroact.Cli;

/// <summary><c>retroact validate FILE [--format native|ussc|parquet|jsonl] [--rejects PATH] [--json]</c>.</summary>
public static class ValidateCommand
{
    /// <summary>The command, for <see cref="Commands.Root"/>.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The population file to check." };
        var format = FormatOption.Create("native, ussc, parquet or jsonl (default: from the extension; .csv is native)");
        var rejects = new Option<string?>("--rejects") { Description = "Write rejected rows here (source columns plus row, field, value, reason)." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var command = new Command("validate", "Read a population file, account for every row (accepted + rejected = read) and say what the missing columns rule out.")
        {
            file, format, rejects, json,
        };
        command.SetAction(parse => FormatOption.TryResolve(parse.GetValue(format), Console.Error, out var chosen)
            ? Run(parse.GetValue(file)!, chosen, parse.GetValue(rejects), parse.GetValue(json), Console.Out, Console.Error)
            : 2);
        return command;
    }

    /// <summary>Runs the command; 0 when the file was read (whatever was rejected), 2 for a malformed or missing file.</summary>
    public static int Run(string path, PopulationFormat? format, string? rejectsPath, bool json, TextWriter output, TextWriter error)
    {
        var chosen = format ?? FormatOption.FromExtension(path);
        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: no such file");
            return 2;
        }

        try
        {
            using var reader = PopulationReader.Open(path, chosen);
            using var rejects = rejectsPath is null ? null : RejectWriter.Create(rejectsPath, chosen, reader.Columns);
            // Rows are parsed and checked on every core; only the rejections come back, in file order.
            foreach (var rejected in reader.ReadBatches(Rejections))
            {
                foreach (var rejection in rejected)
                {
                    rejects?.Write(rejection);
                }
            }

            if (json)
            {
                WriteJson(output, reader);
            }
            else
            {
                WriteText(output, reader, rejectsPath);
            }

            return 0;
        }
        catch (PopulationFileException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }
    }

    private static List<Rejection> Rejections(RecordBatch batch)
    {
        var rejections = new List<Rejection>();
        while (batch.TryRead(out var record))
        {
            if (record.Rejection is { } rejection)
            {
                rejections.Add(rejection);
            }
        }

        return rejections;
    }

    private static void WriteText(TextWriter o, PopulationReader reader, string? rejectsPath)
    {
        var t = reader.Tally;
        o.WriteLine($"{reader.Path} ({reader.Format})");
        o.WriteLine($"read {t.Read}, accepted {t.Accepted}, rejected {t.Rejected}");
        if (t.Reasons.Length > 0)
        {
            o.WriteLine("rejected, by reason:");
            foreach (var (reason, count) in t.Reasons) o.WriteLine($"  {count,10}  {reason}");
        }

        if (t.AcceptedWithAssumptions > 0)
        {
            o.WriteLine($"accepted with values filled by assumptions: {t.AcceptedWithAssumptions}");
            foreach (var (flag, count) in t.Assumptions) o.WriteLine($"  {count,10}  {flag}");
        }

        if (reader.Coverage.Missing.Length > 0)
        {
            o.WriteLine("columns missing: " + string.Join(", ", reader.Coverage.Missing));
        }

        foreach (var ruled in reader.Coverage.RuledOut)
        {
            o.WriteLine($"no {ruled.Analysis}: missing {string.Join(", ", ruled.MissingColumns)}");
        }

        if (rejectsPath is not null && t.Rejected > 0)
        {
            o.WriteLine($"rejected rows written to {rejectsPath}");
        }
    }

    private static void WriteJson(TextWriter o, PopulationReader reader)
    {
        var t = reader.Tally;
        var summary = new ValidateSummary(
            reader.Path,
            reader.Format.ToString(),
            t.Read,
            t.Accepted,
            t.Rejected,
            [.. t.Reasons.Select(p => new ReasonCount(p.Key, p.Value))],
            t.AcceptedWithAssumptions,
            [.. t.Assumptions.Select(p => new AssumptionCount(p.Key.ToString(), p.Value))],
            reader.Coverage.Missing,
            [.. reader.Coverage.RuledOut.Select(r => new RuledOutColumns(r.Analysis, r.MissingColumns))]);
        o.WriteLine(JsonSerializer.Serialize(summary, ValidateJsonContext.Default.ValidateSummary));
    }
}
