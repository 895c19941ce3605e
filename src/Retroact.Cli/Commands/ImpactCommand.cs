using System.CommandLine;
using System.Globalization;
using System.Numerics;
using NodaTime;
using Retroact.Cli.Output;
using Retroact.Impact;
using Retroact.Impact.Discretion;
using Retroact.Impact.Pipeline;
using Retroact.Impact.Reports;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Population;
using Retroact.Population.Reading;
using Retroact.Population.Synthetic;
using Retroact.Population.Writing;
using Spectre.Console;

namespace Retroact.Cli;

/// <summary>
/// <c>retroact impact --amendment 782|706|750|821A|821B|PATH [--population FILE [--format ...] | --count N] [--order-date DATE]
/// [--reform-date DATE] [--grant-rate R | --grant-model FILE] [--draws N] [--seed S] [--out DIR] [--decisions-format csv|parquet] [--json]</c>:
/// the population impact report (docs/impact.md).
/// </summary>
public static class ImpactCommand
{
    /// <summary>The <c>impact</c> command.</summary>
    public static Command Create()
    {
        var o = new ImpactOptions();
        var command = new Command("impact", "Who is released, when, where to, at what saving: the population impact of a retroactive amendment (docs/impact.md).")
        {
            o.Amendment, o.Population, o.Format, o.OrderDate, o.ReformDate, o.GrantRate, o.GrantModel, o.Draws, o.Seed, o.Out, o.DecisionsFormat, o.Json, o.Count,
        };
        command.SetAction(parse => Run(
            o.Read(parse),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            interactive: parse.InvocationConfiguration.Output == Console.Out && !Console.IsOutputRedirected));
        return command;
    }

    /// <summary>Runs the command: 0 on success, 2 for bad input (message names the option or file, the value and what is allowed).</summary>
    internal static int Run(ImpactArguments args, TextWriter output, TextWriter error, bool interactive)
    {
        if (Prepare(args, error) is not { } run || !FormatOption.TryResolve(args.Format, error, out var format))
        {
            return CliText.BadInput;
        }

        try
        {
            var report = Execute(run, args.Out, args.PopulationFile, format, run.Count, interactive);
            ImpactAnalysis.WriteReports(report, args.Out);
            NoteUnusedRules(report, error);
            if (args.Json)
            {
                output.Write(ReportJson.ToJson(report));
            }
            else
            {
                Summary(output, [report]);
                output.WriteLine($"Wrote report.html, report.json, {run.Decisions.FileName()} and rejects.csv to {Path.GetFullPath(args.Out)}");
            }

            return 0;
        }
        catch (PopulationFileException e)
        {
            error.WriteLine(e.Message);
            return CliText.BadInput;
        }
    }

    /// <summary>The amendment, order date and discretion request, checked; null (after an error message) for bad input.</summary>
    /// <param name="args">The arguments as given.</param>
    /// <param name="error">Where a refusal is written.</param>
    /// <param name="reformDateForReformsOnly">
    /// For <c>compare</c>: <c>--reform-date</c> moves the amendment when it is a reform and leaves an enacted one alone
    /// (instead of refusing it, as <c>impact</c> does).
    /// </param>
    internal static PreparedRun? Prepare(ImpactArguments args, TextWriter error, bool reformDateForReformsOnly = false)
    {
        if (ResolveAmendment(args.Amendment, error) is not { } amendment)
        {
            return null;
        }

        if (args.ReformDate is { } reformText && (amendment.File.IsReform || !reformDateForReformsOnly))
        {
            if (CliText.Date(reformText) is not { } reformDate)
            {
                error.WriteLine($"--reform-date {reformText}: not a date; expected yyyy-MM-dd");
                return null;
            }

            if (!amendment.File.IsReform)
            {
                error.WriteLine($"--reform-date {reformText}: {amendment.Id} is an enacted amendment; only a reform's hypothetical dates can be moved");
                return null;
            }

            amendment = amendment.AsIfListedOn(reformDate);
        }

        if (args.PopulationFile is null && ImpactPipeline.DefaultPopulationAsOf(amendment) is var asOf && asOf < SyntheticPopulation.EarliestAsOf)
        {
            error.WriteLine($"{(args.ReformDate is { } moved ? $"--reform-date {moved}" : $"--amendment {args.Amendment}")}: the default population would be " +
                $"generated as of {asOf:uuuu-MM-dd}, but the generator needs ten years of Manual editions before that day " +
                $"({SyntheticPopulation.EarliestAsOf:uuuu-MM-dd} at the earliest); give --population FILE or a later date");
            return null;
        }

        LocalDate? orderDate = null;
        if (args.OrderDate is { } text)
        {
            orderDate = CliText.Date(text);
            if (orderDate is null)
            {
                error.WriteLine($"--order-date {text}: not a date; expected yyyy-MM-dd");
                return null;
            }
        }

        if (args.PopulationFile is null && args.Format is { } format)
        {
            error.WriteLine($"--format {format}: says how to read a --population file; without one the default population is generated");
            return null;
        }

        if (args.PopulationFile is not null && args.Count is { } size)
        {
            error.WriteLine($"--count {size}: sizes the default population; a --population file is read whole");
            return null;
        }

        if (args.PopulationFile is { } file && !File.Exists(file))
        {
            error.WriteLine($"--population {file}: no such file");
            return null;
        }

        if (!TryWhole("--count", args.Count, SyntheticPopulation.DefaultCount, 0, "must be 0 or more", error, out var count)
            || !Discretion(args, error, out var discretion))
        {
            return null;
        }

        var decisions = DecisionsFormat.Csv;
        if (args.DecisionsFormat is { } name && !DecisionsFormats.TryParse(name, out decisions))
        {
            error.WriteLine($"--decisions-format {name}: expected {string.Join(" or ", DecisionsFormats.Codes)}");
            return null;
        }

        return new PreparedRun(amendment, orderDate, discretion, count, decisions);
    }

    /// <summary>Runs one amendment over the population, writing the decisions file and rejects.csv into <paramref name="outDir"/>.</summary>
    internal static ImpactReport Execute(
        PreparedRun run, string outDir, string? populationFile, PopulationFormat? format, int count, bool interactive, LocalDate? populationAsOf = null)
    {
        Directory.CreateDirectory(outDir);
        foreach (var other in Enum.GetValues<DecisionsFormat>().Where(f => f != run.Decisions))
        {
            File.Delete(Path.Combine(outDir, other.FileName())); // an earlier run's decisions in the other format would disagree with this report
        }

        using var decisions = File.Create(Path.Combine(outDir, run.Decisions.FileName()));
        var rejectsPath = Path.Combine(outDir, "rejects.csv");
        if (populationFile is null)
        {
            var asOf = populationAsOf ?? ImpactPipeline.DefaultPopulationAsOf(run.Amendment);
            File.WriteAllText(rejectsPath, string.Join(',', RejectWriter.ExtraColumns) + "\n");
            var people = SyntheticPopulation.Records(asOf, count, SyntheticPopulation.DefaultSeed);
            var label = $"synthetic federal prison population in custody on {asOf:yyyy-MM-dd} ({count:N0} people, seed {SyntheticPopulation.DefaultSeed}; docs/population.md)";
            return WithProgress(interactive, count, progress =>
                ImpactPipeline.Default.Run(people, run.Amendment, run.OrderDate, label, run.Discretion, decisions, _ => { }, progress, run.Decisions));
        }

        var chosen = format ?? FormatOption.FromExtension(populationFile);
        using var reader = PopulationReader.Open(populationFile, chosen);
        using var rejects = RejectWriter.Create(rejectsPath, chosen, reader.Columns);
        var description = $"{Path.GetFileName(populationFile)} ({FormatOption.Name(chosen)} format)" +
            (reader.Coverage.RuledOut.IsEmpty ? "" : "; missing columns rule out: " + string.Join("; ", reader.Coverage.RuledOut.Select(r => r.Analysis)));
        return WithProgress(interactive, null, progress =>
            ImpactPipeline.Default.Run(reader, run.Amendment, run.OrderDate, description, run.Discretion, decisions, rejects.Write, progress, run.Decisions));
    }

    /// <summary>
    /// Says on <paramref name="error"/> which grant-model rules set the rate of no eligible motion (a value no case has,
    /// mistyped, or one an earlier rule takes): the run is right, but the model is probably not what was meant.
    /// </summary>
    internal static void NoteUnusedRules(ImpactReport report, TextWriter error)
    {
        foreach (var unused in report.Discretion?.RulesSettingNoRate ?? [])
        {
            error.WriteLine($"Note: {report.Amendment}: the grant-model rule {unused.Rule.Kind},{unused.Rule.Value} set the rate of no eligible motion ({RuleUse.NoRateReason}).");
        }
    }

    /// <summary>Prints the headline figures of one or more reports side by side (with the difference when there are two).</summary>
    internal static void Summary(TextWriter output, IReadOnlyList<ImpactReport> reports)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect, ColorSystem = ColorSystemSupport.Detect });
        var table = new Table { Title = new TableTitle(reports.Count == 2 ? "Retroact compare" : "Retroact impact") };
        table.AddColumn("figure");
        foreach (var r in reports)
        {
            table.AddColumn(new TableColumn($"amendment {Markup.Escape(r.Amendment)}").RightAligned());
        }

        if (reports.Count == 2)
        {
            table.AddColumn(new TableColumn("difference (B − A)").RightAligned());
        }

        foreach (var (label, value) in HeadlineRows())
        {
            var values = reports.Select(value).ToList();
            var cells = new List<string> { label };
            cells.AddRange(values.Select(v => v.Text));
            if (reports.Count == 2)
            {
                cells.Add(values[0].Number is { } a && values[1].Number is { } b ? (b - a).ToString(values[0].Difference, CultureInfo.InvariantCulture) : "");
            }

            table.AddRow([.. cells.Select(Markup.Escape)]);
        }

        console.Write(table);
        foreach (var r in reports)
        {
            console.WriteLine($"{r.Amendment}: {r.GrantAssumption}");
            if (r.AmendmentNote is { } note)
            {
                console.WriteLine(note);
            }
        }
    }

    private static IEnumerable<(string Label, Func<ImpactReport, Cell> Value)> HeadlineRows()
    {
        yield return ("rows read / rejected", r => new Cell($"{r.Input.Read:N0} / {r.Input.Rejected:N0}", null));
        yield return ("unevaluable / resting on assumptions", r => new Cell($"{r.Input.Unevaluable:N0} / {r.Input.AssumptionsFilled:N0}", null));
        yield return ("orders effective", r => new Cell(r.OrderEffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null));
        yield return ("eligible", r => Count(r.Eligible.Count));
        yield return ("eligible share", r => new Cell(r.Eligible.Share.ToString("P1", CultureInfo.InvariantCulture), r.Eligible.Share * 100, "+0.0 'points';-0.0 'points';0"));
        yield return ("mean cut (months)", r => Number(r.ReductionMonths.Mean));
        yield return ("median cut (months)", r => Number(r.ReductionMonths.Median));
        yield return ("mean cut (% of term)", r => new Cell($"{r.ReductionMonths.MeanPercent.ToString("0.##", CultureInfo.InvariantCulture)} %", r.ReductionMonths.MeanPercent, "+0.## 'points';-0.## 'points';0"));
        yield return ("first release day", r => new Cell(r.Releases.FirstDay?.ToString("yyyy-MM-dd (dddd)", CultureInfo.InvariantCulture) ?? "none", null));
        yield return ("released on the first day", r => Count(r.Releases.FirstDayCount));
        yield return ("released in the first week", r => Count(r.Releases.FirstWeek.Sum(d => d.Count)));
        yield return ("released within the first year", r => Count(r.Releases.FirstYear));
        yield return ("first week: to ICE custody", r => Count(Code(r.Releases.FirstWeekDispositions, "ice-custody")));
        yield return ("first week: from RRC or home confinement", r => Count(Code(r.Releases.FirstWeekDispositions, "rrc-release") + Code(r.Releases.FirstWeekDispositions, "home-confinement-release")));
        yield return ("all releases: to ICE custody", r => Count(Code(r.Dispositions, "ice-custody")));
        yield return ("bed-years saved", r => Number(r.BedYearsSaved));
        yield return ("dollars saved", r => new Cell(r.DollarsSaved.Total.ToString("$#,0", CultureInfo.InvariantCulture), r.DollarsSaved.Total, Dollars));
        yield return ("granted (mean, 5–95%)", r => r.Discretion is { } d ? new Cell($"{d.Granted.Mean:#,0} ({d.Granted.P5:#,0}–{d.Granted.P95:#,0})", d.Granted.Mean, Whole) : new Cell("all eligible", null));
        yield return ("dollars, with discretion (mean, 5–95%)", r => r.Discretion is { } d ? new Cell($"{d.DollarsSaved.Mean:$#,0} ({d.DollarsSaved.P5:$#,0}–{d.DollarsSaved.P95:$#,0})", d.DollarsSaved.Mean, Dollars) : new Cell("not modelled", null));
    }

    private static long Code(IReadOnlyList<CodeCount> counts, string code) => counts.FirstOrDefault(c => c.Code == code)?.Count ?? 0;

    private const string Whole = "+#,0;-#,0;0", Dollars = "+$#,0;-$#,0;0", Signed = "+#,0.##;-#,0.##;0";

    private static Cell Count(long n) => new(n.ToString("N0", CultureInfo.InvariantCulture), n, Whole);

    private static Cell Number(decimal n) => new(n.ToString("#,0.##", CultureInfo.InvariantCulture), n, Signed);

    private static T WithProgress<T>(bool interactive, int? total, Func<Action<long>, T> work)
    {
        if (!interactive)
        {
            return work(_ => { });
        }

        T result = default!;
        AnsiConsole.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("deciding cases", maxValue: total ?? 1);
            task.IsIndeterminate = total is null;
            result = work(read =>
            {
                task.Value = total is null ? 0 : read;
                task.Description = $"deciding cases ({read:N0} read)";
            });
            task.Value = task.MaxValue;
        });
        return result;
    }

    internal static Amendment? ResolveAmendment(string name, TextWriter error)
    {
        var catalog = AmendmentCatalog.Default;
        if (catalog.Find(name) is { } known)
        {
            return known;
        }

        if (File.Exists(name))
        {
            try
            {
                return catalog.ReadReform(name);
            }
            catch (AmendmentFileException e)
            {
                error.WriteLine(e.Message);
                return null;
            }
        }

        error.WriteLine($"--amendment {name}: not a known amendment or a file; expected one of {string.Join(", ", catalog.Ids)}, or the path of an amendment or reform file");
        return null;
    }

    private static bool Discretion(ImpactArguments args, TextWriter error, out DiscretionRequest? request)
    {
        request = null;
        if (args.GrantRate is not null && args.GrantModel is not null)
        {
            error.WriteLine("--grant-rate and --grant-model: give one or the other, not both");
            return false;
        }

        if (args.GrantRate is null && args.GrantModel is null && (args.Draws ?? args.Seed) is not null)
        {
            error.WriteLine($"{(args.Draws is not null ? "--draws" : "--seed")}: draws are made only of a grant model; add --grant-rate or --grant-model");
            return false;
        }

        if (!TryWhole("--draws", args.Draws, 200, 1, "must be 1 or more", error, out var draws)
            || !TryWhole("--seed", args.Seed, 1UL, 0UL, $"must be 0 to {ulong.MaxValue}", error, out var seed))
        {
            return false;
        }

        GrantModel? model = null;
        if (args.GrantRate is { } rateText)
        {
            var parsed = decimal.TryParse(rateText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rate);
            if (!parsed || rate is < 0 or > 1)
            {
                error.WriteLine($"--grant-rate {rateText}: {(parsed ? "" : "not a number; ")}must be between 0 and 1");
                return false;
            }

            model = GrantModel.Uniform(rate);
        }
        else if (args.GrantModel is { } path)
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"--grant-model {path}: no such file");
                return false;
            }

            try
            {
                using var reader = File.OpenText(path);
                model = GrantModel.Parse(reader, path);
            }
            catch (FormatException e)
            {
                error.WriteLine(e.Message);
                return false;
            }
        }

        request = model is null ? null : new DiscretionRequest(model, draws, seed);
        return true;
    }

    /// <summary>
    /// Reads the whole-number option <paramref name="option"/>: <paramref name="fallback"/> when absent; false (after a message
    /// naming the option, the value and <paramref name="allowed"/>) when it is not a whole number or is below <paramref name="minimum"/>.
    /// </summary>
    private static bool TryWhole<T>(string option, string? text, T fallback, T minimum, string allowed, TextWriter error, out T value)
        where T : struct, IBinaryInteger<T>
    {
        value = fallback;
        if (text is null)
        {
            return true;
        }

        var parsed = T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        if (parsed && value >= minimum)
        {
            return true;
        }

        error.WriteLine($"{option} {text}: {(parsed ? "" : "not a whole number; ")}{allowed}");
        return false;
    }

    /// <summary>A figure as shown, its value for the difference column (null: no difference), and the difference's format (signed, with the figure's unit).</summary>
    private readonly record struct Cell(string Text, decimal? Number, string Difference = Signed);
}
