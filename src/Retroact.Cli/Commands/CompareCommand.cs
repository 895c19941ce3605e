using System.CommandLine;
using Retroact.Cli.Output;
using Retroact.Impact;
using Retroact.Impact.Reports;
using Retroact.Population.Synthetic;

namespace Retroact.Cli;

/// <summary>
/// <c>retroact compare A B [--population FILE [--format ...] | --count N] [--order-date DATE] [--reform-date DATE] [--grant-rate R | --grant-model FILE] [--draws N] [--seed S] [--out DIR] [--decisions-format csv|parquet] [--json]</c>:
/// two amendments or reforms on the same population, side by side with the difference. Each run's files go to
/// <c>DIR/A/</c> and <c>DIR/B/</c>. Without a file, both run on the default population generated as of the day
/// before the earlier of the two amendments' earliest order dates.
/// </summary>
public static class CompareCommand
{
    /// <summary>The <c>compare</c> command.</summary>
    public static Command Create()
    {
        var first = new Argument<string>("A") { Description = "The first amendment or reform (id or file)." };
        var second = new Argument<string>("B") { Description = "The second amendment or reform (id or file)." };
        var o = new ImpactOptions();
        o.Json.Description = "Print both reports as one JSON object, {\"a\": A's report.json, \"b\": B's report.json}, instead of the table.";
        var command = new Command("compare", "Two amendments or reforms on the same population, side by side with the difference.")
        {
            first, second, o.Population, o.Format, o.OrderDate, o.ReformDate, o.GrantRate, o.GrantModel, o.Draws, o.Seed, o.Out, o.DecisionsFormat, o.Json, o.Count,
        };
        command.SetAction(parse => Run(
            parse.GetValue(first)!,
            parse.GetValue(second)!,
            o.Read(parse),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string a, string b, ImpactArguments args, TextWriter output, TextWriter error)
    {
        if (ImpactCommand.Prepare(args with { Amendment = a }, error, reformDateForReformsOnly: true) is not { } runA
            || ImpactCommand.Prepare(args with { Amendment = b }, error, reformDateForReformsOnly: true) is not { } runB
            || !FormatOption.TryResolve(args.Format, error, out var format))
        {
            return CliText.BadInput;
        }

        if (args.ReformDate is { } reformDate && !runA.Amendment.File.IsReform && !runB.Amendment.File.IsReform)
        {
            error.WriteLine($"--reform-date {reformDate}: neither {a} nor {b} is a reform; an enacted amendment's dates are the law's");
            return CliText.BadInput;
        }

        var asOf = Retroact.Impact.Pipeline.ImpactPipeline.DefaultPopulationAsOf(runA.Amendment);
        var asOfB = Retroact.Impact.Pipeline.ImpactPipeline.DefaultPopulationAsOf(runB.Amendment);
        var populationAsOf = asOf < asOfB ? asOf : asOfB;
        var reports = new List<ImpactReport>();
        foreach (var (name, run) in new[] { ("A", runA), ("B", runB) })
        {
            var dir = Path.Combine(args.Out, name);
            reports.Add(ImpactCommand.Execute(run, dir, args.PopulationFile, format, run.Count, interactive: false, populationAsOf));
            ImpactAnalysis.WriteReports(reports[^1], dir);
            ImpactCommand.NoteUnusedRules(reports[^1], error);
        }

        if (DatesDiffer(reports[0], reports[1], runA.Amendment.File.IsReform || runB.Amendment.File.IsReform) is { } note)
        {
            error.WriteLine(note);
        }

        if (args.Json)
        {
            output.Write("{\"a\":");
            output.Write(ReportJson.ToJson(reports[0]).TrimEnd());
            output.Write(",\"b\":");
            output.Write(ReportJson.ToJson(reports[1]).TrimEnd());
            output.WriteLine("}");
        }
        else
        {
            ImpactCommand.Summary(output, reports);
            output.WriteLine($"Wrote each report to {Path.GetFullPath(Path.Combine(args.Out, "A"))} and {Path.GetFullPath(Path.Combine(args.Out, "B"))}");
        }

        return 0;
    }

    /// <summary>
    /// The warning when A's and B's orders take effect on different days (each amendment's earliest order date, or
    /// <c>--order-date</c> when later): the same people are then judged on two different days, so part of the
    /// difference is the time between them. Null when the days agree. <paramref name="reform"/>: A or B is a reform, whose
    /// day <c>--reform-date</c> can move.
    /// </summary>
    internal static string? DatesDiffer(ImpactReport a, ImpactReport b, bool reform) =>
        a.OrderEffectiveDate == b.OrderEffectiveDate
            ? null
            : $"Note: A's orders take effect {a.OrderEffectiveDate:uuuu-MM-dd} and B's {b.OrderEffectiveDate:uuuu-MM-dd}, so the same population " +
              "is judged on two different days and part of the difference is the time between them (people released, terms served). " +
              (reform ? "To compare on one day, give --reform-date (a reform's dates are hypothetical) or --order-date on or after both."
                : "To compare on one day, give --order-date on or after both.");
}
