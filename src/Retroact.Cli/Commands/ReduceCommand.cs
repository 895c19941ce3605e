using System.CommandLine;
using NodaTime;
using Retroact.Cli.Output;
using Retroact.Custody.Release;
using Retroact.Custody.Validation;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Law.Tracing;
using Spectre.Console;

namespace Retroact.Cli;

/// <summary>
/// <c>retroact reduce FILE... --amendment 782|706|750|821A|821B|PATH [--order-date DATE] [--json] [--explain]</c>:
/// the §3582(c)(2) / §1B1.10 decision for each case: eligibility, original and amended ranges, the modelled reduced term.
/// </summary>
public static class ReduceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Case files (format v1: one case, an array, or JSON lines)", Arity = ArgumentArity.OneOrMore };
        var amendment = new Option<string>("--amendment")
        {
            Description = "The amendment the motion relies on: 706, 715, 750, 782, 821A, 821B (or 821 for both parts), a reform name (drugs-minus-four, crack-powder-parity, status-points-abolished), or the path of a reform file",
            Required = true,
        };
        var orderDate = new Option<string?>("--order-date") { Description = "The requested effective date of the order (YYYY-MM-DD); never earlier than the amendment allows" };
        var json = new Option<bool>("--json") { Description = "One JSON object per case (JSON lines, schema retroact.decision.v1)" };
        var explain = new Option<bool>("--explain") { Description = "Print every step with its value and citation as a table" };
        var command = new Command("reduce", "Decides a sentence reduction under 18 U.S.C. §3582(c)(2) and USSG §1B1.10 for each case, explained and cited.");
        command.Arguments.Add(files);
        command.Options.Add(amendment);
        command.Options.Add(orderDate);
        command.Options.Add(json);
        command.Options.Add(explain);
        command.SetAction(result => Run(
            result.GetValue(files) ?? [],
            result.GetValue(amendment) ?? "",
            result.GetValue(orderDate),
            result.GetValue(json),
            result.GetValue(explain),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Runs the command: every good case gets a decision; returns 2 when the amendment, a file, a record or a case was bad, else 0.</summary>
    public static int Run(IReadOnlyList<string> files, string amendmentText, string? orderDateText, bool json, bool explain, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var engine = RetroactivityEngine.Default;
        if (ResolveAmendment(engine.Catalog, amendmentText, error) is not { } amendment)
        {
            return CliText.BadInput;
        }

        LocalDate? orderDate = null;
        if (orderDateText is not null)
        {
            if (CliText.Date(orderDateText) is not { } date)
            {
                error.WriteLine($"reduce: --order-date = {orderDateText}: an ISO date, YYYY-MM-DD");
                return CliText.BadInput;
            }

            orderDate = date;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var bad = false;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"reduce: {file}: file not found");
                bad = true;
                continue;
            }

            foreach (var record in CaseReader.Read(File.ReadAllText(file), file))
            {
                if (record.Case is not { } @case)
                {
                    foreach (var problem in record.Errors)
                    {
                        Report(json, output, error, problem.CaseId, record.Location, problem.Message);
                    }

                    bad = true;
                    continue;
                }

                try
                {
                    var (decision, plan) = Decide(engine, @case, amendment, orderDate);
                    if (json)
                    {
                        output.WriteLine(plan is { } release ? DecisionJson.Write(decision, w => ReleaseCommand.WriteRelease(w, release)) : DecisionJson.Write(decision));
                        continue;
                    }

                    output.WriteLine(Summary(decision, plan));
                    if (explain)
                    {
                        console.Write(Explain(decision, plan));
                    }
                }
                catch (CaseCalculationException e)
                {
                    Report(json, output, error, @case.Id, record.Location, e.Error.Message);
                    bad = true;
                }
                catch (CustodyInputException e)
                {
                    Report(json, output, error, @case.Id, record.Location, e.Error.ToString());
                    bad = true;
                }
            }
        }

        return bad ? CliText.BadInput : 0;
    }

    /// <summary>
    /// The decision and, for a case with custody data, the release plan (custody component) computed as of the order's
    /// effective date: the projected release for the term as it stands goes to the engine first, so a person already
    /// released by the order is decided moot (18 U.S.C. §3624(a); USSG §1B1.10(b)(2)(C)); the plan then applies the
    /// reduced term, if any.
    /// </summary>
    private static (Decision Decision, ReleasePlan? Plan) Decide(RetroactivityEngine engine, Case @case, Amendment amendment, LocalDate? orderDate)
    {
        if (@case.Custody is null)
        {
            return (engine.Decide(@case, amendment, orderDate), null);
        }

        var order = RetroactivityEngine.OrderEffectiveDate(amendment, orderDate);
        var planner = ReleasePlanner.Current;
        var standing = planner.AsItStands(@case, order, default(NoTrace));
        var decision = engine.Decide(@case, amendment, orderDate, standing.ProjectedReleaseDate);
        return (decision, planner.Plan(@case, decision.ReducedTermMonths, order, order, default(NoTrace)));
    }

    /// <summary>The catalog's amendment of that id, or the reform file at that path; null (with the reason written) otherwise.</summary>
    private static Amendment? ResolveAmendment(AmendmentCatalog catalog, string text, TextWriter error)
    {
        if (catalog.Find(text) is { } known)
        {
            return known;
        }

        if (File.Exists(text))
        {
            try
            {
                return catalog.ReadReform(text);
            }
            catch (AmendmentFileException e)
            {
                foreach (var problem in e.Problems)
                {
                    error.WriteLine($"reduce: --amendment {text}: {problem}");
                }

                return null;
            }
        }

        error.WriteLine($"reduce: --amendment = {text}: one of {string.Join(", ", catalog.Ids)}, or the path of a reform file");
        return null;
    }

    private static void Report(bool json, TextWriter output, TextWriter error, string id, string location, string message)
    {
        if (json)
        {
            output.WriteLine(DecisionJson.Error(id, location, message));
        }

        error.WriteLine($"{location}: {message}");
    }

    /// <summary>"id: eligible; original 87–108 months (Nov. 1, 2011 Manual) -> amended 70–87 months; term 97 -> 78 months (modelled default); order effective 2015-11-01[; release ...]".</summary>
    private static string Summary(Decision d, ReleasePlan? plan)
    {
        var amended = d.Amended is { } a ? $" -> amended {a.Range} ({a.Edition.Name})" : "";
        var term = d.ReducedTermMonths is { } reduced
            ? $"term {MonthArithmetic.Describe(d.TermMonths)} -> {MonthArithmetic.Describe(reduced)} (comparable position, a modelled default{(d.LimitedBy.Code() is { } floor ? $"; limited by {floor}" : "")})"
            : $"term {MonthArithmetic.Describe(d.TermMonths)} unchanged{(d.LimitedBy.Code() is { } limit ? $" (limited by {limit})" : "")}";
        var consecutive = d.ConsecutiveMonths > 0 ? $" + {d.ConsecutiveMonths} consecutive months unchanged" : "";
        var release = plan is { } p
            ? $"; projected release {Date(p.ProjectedReleaseDate)}{(p.ReleasedBeforeOrder ? " (before the order)" : $", new projected release {Date(p.NewProjectedReleaseDate)}, release {Date(p.ReleaseDate)}{(p.ImmediateRelease ? " (immediate)" : "")}")}"
            : "";
        return $"{d.CaseId}: {d.Reason.Code()} ({d.Reason.Citation()}); original {d.Original.Range} ({d.Original.Edition.Name}){amended}; {term}{consecutive}; order effective {d.OrderEffectiveDate:yyyy-MM-dd}{release}";
    }

    /// <summary>The trace as a table a defender can paste into a motion: step, value, citation; then the release dates when the case has custody data.</summary>
    private static Table Explain(Decision d, ReleasePlan? plan)
    {
        var table = new Table { Title = new TableTitle($"Case {Markup.Escape(d.CaseId)}: amendment {Markup.Escape(d.Amendment)}") };
        table.AddColumn("Step");
        table.AddColumn("Value");
        table.AddColumn("Citation");
        foreach (var step in d.Trace)
        {
            table.AddRow(Markup.Escape(step.Step), Markup.Escape(step.Value), Markup.Escape(step.Citation));
        }

        if (plan is { } p)
        {
            const string Computation = "18 U.S.C. §3585(a), (b), §3624(b); docs/custody.md";
            table.AddRow("Projected release, term as it stands", Date(p.ProjectedReleaseDate), Computation);
            table.AddRow("Projected release, reduced term", Date(p.NewProjectedReleaseDate), Computation);
            table.AddRow("Release date", p.ReleasedBeforeOrder ? $"{Date(p.ReleaseDate)} (released before the order)" : $"{Date(p.ReleaseDate)}{(p.ImmediateRelease ? " (immediate release)" : "")}", "18 U.S.C. §3624(a); USSG §1B1.10(b)(2)(C)");
            table.AddRow("Disposition", p.Disposition.Name(), "18 U.S.C. §3624(a), (e); docs/custody.md");
        }

        return table;
    }

    private static string Date(LocalDate? date) => date is { } d ? $"{d:yyyy-MM-dd}" : "none (life)";
}
