using Retroact.Law.Calculation;
using Spectre.Console;

namespace Retroact.Cli.Output;

/// <summary>Renders an explained calculation as a readable table (one row per step) with Spectre.Console.</summary>
public static class ExplainTable
{
    /// <summary>Writes the steps of <paramref name="result"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, GuidelineResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table { Title = new TableTitle($"Case {Markup.Escape(result.CaseId)} under the {Markup.Escape(result.Edition.Name)}") };
        table.AddColumn("Step");
        table.AddColumn("Inputs");
        table.AddColumn("Value");
        table.AddColumn("Citation");
        foreach (var step in result.Trace)
        {
            table.AddRow(Markup.Escape(step.Step), Markup.Escape(step.Inputs), Markup.Escape(step.Value), Markup.Escape(step.Citation));
        }

        console.Write(table);
    }
}
