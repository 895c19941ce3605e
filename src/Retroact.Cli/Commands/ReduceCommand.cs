using System.CommandLine;
using NodaTime;
using Retroact.Cli.Output;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Retroactivity.Amendments;
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
                    var decision = engine.Decide(@case, amendment, orderDate);
                    if (json)
                    {
                        output.WriteLine(DecisionJson.Write(decision));
                        continue;
                    }

                    output.WriteLine(Summary(decision));
                    if (explain)
                    {
                        console.Write(Explain(decision));
                    }
                }
                catch (CaseCalculationException e)
                {
                    Report(json, output, error, @case.Id, record.Location, e.Error.Message);
                    bad = true;
                }
            }
        }

        return bad ? CliText.BadInput : 0;
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

    /// <summary>"id: eligible; original 87–108 months (Nov. 1, 2011 Manual) -> amended 70–87 months; term 97 -> 78 months (modelled default); order effective 2015-11-01".</summary>
    private static string Summary(Decision d)
    {
        var amended = d.Amended is { } a ? $" -> amended {a.Range} ({a.Edition.Name})" : "";
        var term = d.ReducedTermMonths is { } reduced
            ? $"term {MonthArithmetic.Describe(d.TermMonths)} -> {MonthArithmetic.Describe(reduced)} (comparable position, a modelled default{(d.LimitedBy.Code() is { } floor ? $"; limited by {floor}" : "")})"
            : $"term {MonthArithmetic.Describe(d.TermMonths)} unchanged{(d.LimitedBy.Code() is { } limit ? $" (limited by {limit})" : "")}";
        var consecutive = d.ConsecutiveMonths > 0 ? $" + {d.ConsecutiveMonths} consecutive months unchanged" : "";
        return $"{d.CaseId}: {d.Reason.Code()} ({d.Reason.Citation()}); original {d.Original.Range} ({d.Original.Edition.Name}){amended}; {term}{consecutive}; order effective {d.OrderEffectiveDate:yyyy-MM-dd}";
    }

    /// <summary>The trace as a table a defender can paste into a motion: step, value, citation.</summary>
    private static Table Explain(Decision d)
    {
        var table = new Table { Title = new TableTitle($"Case {Markup.Escape(d.CaseId)}: amendment {Markup.Escape(d.Amendment)}") };
        table.AddColumn("Step");
        table.AddColumn("Value");
        table.AddColumn("Citation");
        foreach (var step in d.Trace)
        {
            table.AddRow(Markup.Escape(step.Step), Markup.Escape(step.Value), Markup.Escape(step.Citation));
        }

        return table;
    }
}
