using System.CommandLine;
using Retroact.Cli.Output;
using Retroact.Law;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Model;
using Spectre.Console;

namespace Retroact.Cli;

/// <summary><c>retroact calc FILE... [--manual EDITION] [--json] [--explain]</c>: the guideline calculation of each case in the files.</summary>
public static class CalcCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Case files (format v1: one case, an array, or JSON lines)", Arity = ArgumentArity.OneOrMore };
        var manual = new Option<string?>("--manual") { Description = "Use the Manual edition in force on this date (YYYY-MM-DD) for every case" };
        var json = new Option<bool>("--json") { Description = "One JSON object per case (JSON lines)" };
        var explain = new Option<bool>("--explain") { Description = "Show every step with its inputs and citation" };
        var command = new Command("calc", "The guideline calculation (offense level, category, range, zone) of each case, explained on request.");
        command.Arguments.Add(files);
        command.Options.Add(manual);
        command.Options.Add(json);
        command.Options.Add(explain);
        command.SetAction(result => Run(
            result.GetValue(files) ?? [],
            result.GetValue(manual),
            result.GetValue(json),
            result.GetValue(explain),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Runs the command: every good case gets a result; returns 2 when any file, record or case was bad, else 0.</summary>
    public static int Run(IReadOnlyList<string> files, string? manualText, bool json, bool explain, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var law = LawLibrary.Default;
        ManualEdition? forced = null;
        if (manualText is not null)
        {
            if (CliText.Date(manualText) is not { } date)
            {
                error.WriteLine($"calc: --manual = {manualText}: an ISO date, YYYY-MM-DD");
                return CliText.BadInput;
            }

            if (!law.TryEditionInForce(date, out var edition))
            {
                error.WriteLine($"calc: --manual = {manualText}: {law.NoEditionMessage(date)}");
                return CliText.BadInput;
            }

            forced = edition;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        var bad = false;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"calc: {file}: file not found");
                bad = true;
                continue;
            }

            foreach (var record in CaseReader.Read(File.ReadAllText(file), file))
            {
                if (record.Case is not { } @case)
                {
                    foreach (var problem in record.Errors)
                    {
                        error.WriteLine($"{record.Location}: {problem.Message}");
                    }

                    bad = true;
                    continue;
                }

                try
                {
                    var edition = forced ?? GuidelineCalculator.EditionFor(@case, law);
                    var explained = explain ? GuidelineCalculator.Calculate(@case, edition) : null;
                    var figures = explained?.Figures ?? GuidelineCalculator.CalculateFigures(@case, edition);
                    if (json)
                    {
                        output.WriteLine(GuidelineJson.Case(@case.Id, figures, explained));
                    }
                    else
                    {
                        output.WriteLine(CliText.Summary(@case.Id, figures));
                        if (explained is not null)
                        {
                            ExplainTable.Write(console, explained);
                        }
                    }
                }
                catch (CaseCalculationException e)
                {
                    error.WriteLine($"{record.Location}: {e.Error.Message}");
                    bad = true;
                }
            }
        }

        return bad ? CliText.BadInput : 0;
    }
}
